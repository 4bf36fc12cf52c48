import type { ReactNode } from 'react';
import { useRoute } from '../../lib/router';
import { OpenOccurrence } from '../../reminders/OpenOccurrence';
import { occurrenceFromRoute } from '../../reminders/occurrenceRoute';
import { MeetingScreen } from './MeetingScreen';
import { ScheduleView } from './ScheduleView';
import '../actions/actions.css';
import './meetings.css';

/** 1:1s: the schedule (`/meetings`) and one meeting's agenda (`/meetings/:meetingId`). */
export function MeetingsScreen(): ReactNode {
  const { path, segments } = useRoute();
  const id = segments[1];
  // A reminder links to a meeting by its series and date: open (and prepare) that one.
  const occurrence = id ? null : occurrenceFromRoute(path);
  if (occurrence)
    return <OpenOccurrence seriesId={occurrence.seriesId} occurrenceKey={occurrence.key} />;
  return id ? <MeetingScreen key={id} id={id} /> : <ScheduleView />;
}
