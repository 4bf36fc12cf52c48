import type { ReactNode } from 'react';
import { CalendarClock, ListChecks, PiggyBank } from 'lucide-react';
import { GoodwillSlot } from '../goodwill/GoodwillSlot';
import { NextMeetingSlot } from '../meetings/NextMeetingSlot';
import { OpenActionsSlot } from '../actions/OpenActionsSlot';

/** What a section of a leader's page is given. */
export interface LeaderSlotProps {
  leaderId: string;
  leaderName: string;
}

/** A section of a leader's page that another area fills (next 1:1, open action items, goodwill). */
export interface LeaderSlot {
  id: string;
  title: string;
  icon: ReactNode;
  /** Draws the section's content. Replace the placeholder with the area's own component. */
  Content: (props: LeaderSlotProps) => ReactNode;
}

/**
 * The "at a glance" sections of a leader's page, in order. Each area plugs its
 * component in here (one line); until then each says plainly that there is nothing yet.
 */
export const leaderSlots: LeaderSlot[] = [
  {
    id: 'next-meeting',
    title: 'Next 1:1',
    icon: <CalendarClock size={16} aria-hidden="true" />,
    Content: NextMeetingSlot,
  },
  {
    id: 'open-actions',
    title: 'Open action items',
    icon: <ListChecks size={16} aria-hidden="true" />,
    Content: OpenActionsSlot,
  },
  {
    id: 'goodwill',
    title: 'Goodwill balance',
    icon: <PiggyBank size={16} aria-hidden="true" />,
    Content: GoodwillSlot,
  },
];
