import type { AgendaTemplate } from '../../../../shared/domain/meeting';

/** The id of the template every new vault starts with; series without a template use it. */
export const DEFAULT_TEMPLATE_ID = 'default';

/** The default agenda, built on the practices of leading up: you bring the agenda, ask for feedback, state asks, and offer help. */
export const DEFAULT_TEMPLATE: AgendaTemplate = {
  id: DEFAULT_TEMPLATE_ID,
  name: 'Leading-up 1:1',
  sections: [
    {
      id: 'followups',
      kind: 'followups',
      title: 'Follow-ups',
      prompt: 'What we each said we would do last time, and where it stands.',
    },
    {
      id: 'updates',
      kind: 'updates',
      title: 'Updates',
      prompt: 'The few things they should hear from you first, tied to what they care about.',
    },
    {
      id: 'wins',
      kind: 'wins',
      title: 'Wins',
      prompt: 'Progress worth making visible, including what the team did.',
    },
    {
      id: 'asks',
      kind: 'asks',
      title: 'Asks & decisions',
      prompt: 'What you need from them, framed as a proposal: "What if we…?"',
    },
    {
      id: 'feedback',
      kind: 'feedback',
      title: 'Feedback for me',
      prompt: 'One question that invites an honest answer about how you are doing.',
    },
    {
      id: 'help',
      kind: 'help',
      title: 'How can I help you?',
      prompt: 'What is weighing on them that you could take off their plate?',
    },
    {
      id: 'thanks',
      kind: 'thanks',
      title: 'Thanks',
      prompt: 'Credit to share, for them or for someone else.',
    },
  ],
};
