import type { Command, CommandContext } from '../../commands/types';
import { api } from '../../lib/api';
import { sendMeetingCommand, type MeetingCommand } from './meetingBus';

/** Runs a command on the open meeting, or takes the user to their 1:1s when none is open. */
const onMeeting =
  (cmd: MeetingCommand) =>
  ({ navigate }: CommandContext): void => {
    if (!sendMeetingCommand(cmd)) navigate('/meetings');
  };

/** Opens the next 1:1's agenda (prepares it the first time). */
async function openNext({ navigate }: CommandContext): Promise<void> {
  const [next] = await api.meetings
    .upcoming({ limit: 5 })
    .then((list) => list.filter((o) => o.status === 'scheduled'));
  if (!next) return navigate('/meetings');
  const view = await api.meetings.open({ seriesId: next.seriesId, key: next.key });
  navigate(`/meetings/${view.meeting.id}`);
}

/** Command palette entries of the meetings area. */
export const commands: Command[] = [
  {
    id: 'meetings.open',
    title: 'Go to 1:1s',
    group: 'Navigate',
    run: ({ navigate }) => navigate('/meetings'),
  },
  {
    id: 'meetings.next',
    title: 'Prepare the next 1:1',
    group: '1:1s',
    keywords: ['agenda', 'meeting', 'next'],
    run: openNext,
  },
  {
    id: 'meetings.new-series',
    title: 'New 1:1 series',
    group: '1:1s',
    keywords: ['schedule', 'recurring', 'cadence'],
    run: ({ navigate }) => navigate('/meetings?dialog=new-series'),
  },
  {
    id: 'meetings.import-ics',
    title: 'Import a 1:1 series from a calendar file (.ics)',
    group: '1:1s',
    keywords: ['calendar', 'google', 'outlook'],
    run: ({ navigate }) => navigate('/meetings?dialog=import'),
  },
  {
    id: 'meetings.templates',
    title: 'Edit agenda templates',
    group: '1:1s',
    keywords: ['sections', 'template'],
    run: ({ navigate }) => navigate('/meetings?dialog=templates'),
  },
  {
    id: 'meetings.add-item',
    title: 'Add an agenda item to this 1:1',
    group: 'This 1:1',
    keywords: ['agenda', 'topic'],
    run: onMeeting('add-item'),
  },
  {
    id: 'meetings.add-action',
    title: 'Add an action item to this 1:1',
    group: 'This 1:1',
    keywords: ['commitment', 'owner', 'due'],
    run: onMeeting('add-action'),
  },
  {
    id: 'meetings.close',
    title: 'Close this 1:1 (carry over what was not discussed)',
    group: 'This 1:1',
    keywords: ['held', 'done', 'finish'],
    run: onMeeting('close'),
  },
  {
    id: 'meetings.follow-up',
    title: 'Write the follow-up of this 1:1',
    group: 'This 1:1',
    keywords: ['decisions', 'message', 'copy'],
    run: onMeeting('follow-up'),
  },
  {
    id: 'meetings.export-agenda',
    title: 'Export this agenda to Word (.docx)',
    group: 'This 1:1',
    keywords: ['docx', 'print'],
    run: onMeeting('export-agenda'),
  },
  {
    id: 'meetings.export-ics',
    title: 'Export this 1:1 to a calendar file (.ics)',
    group: 'This 1:1',
    keywords: ['calendar'],
    run: onMeeting('export-ics'),
  },
];
