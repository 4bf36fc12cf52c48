import type { ReflectionPrompt } from '../../../../shared/domain/journal';

/** Reflection prompts that start an entry, one or more per practice of leading up. */
export const REFLECTION_PROMPTS: readonly ReflectionPrompt[] = [
  {
    id: 'their-goals',
    practice: 'Know what your leader wants',
    title: 'What are they aiming for?',
    questions: [
      'What did they say this week about where the team should be heading?',
      'Which of my current work moves that forward most?',
      'What would they count as a clear win by the end of the quarter?',
    ],
    tags: ['goals'],
  },
  {
    id: 'their-pressure',
    practice: 'Know what your leader wants',
    title: 'What is weighing on them?',
    questions: [
      'What seemed to worry them lately, even if they did not say so directly?',
      'Who are they answering to, and what are those people asking of them?',
      'Is there one thing I could take off their plate?',
    ],
    tags: ['pressure'],
  },
  {
    id: 'strengths',
    practice: 'Play to strengths, support weaknesses',
    title: 'Where they shine, where I can help',
    questions: [
      'When did I see them at their best recently?',
      'Where did something slip that I could quietly cover next time?',
      'How can I do that without it turning into a complaint about them?',
    ],
    tags: ['strengths'],
  },
  {
    id: 'after-1on1',
    practice: 'Regular 1:1s with a written agenda',
    title: 'Right after the 1:1',
    questions: [
      'What did we decide, and who owns each next step?',
      'Did I ask for feedback? What did I hear?',
      'What did I want to raise but did not? Why?',
    ],
    tags: ['1on1'],
  },
  {
    id: 'the-ask',
    practice: 'Regular 1:1s with a written agenda',
    title: 'Preparing an ask',
    questions: [
      'What exactly do I want, and what does it give them?',
      'How could I open it as a proposal ("what if we tried…") rather than a demand?',
      'What will I say if the answer is no, or not yet?',
    ],
    tags: ['ask'],
  },
  {
    id: 'commitments',
    practice: 'Every discussion ends with an action, an owner and a date',
    title: 'Did we close the loop?',
    questions: [
      'Which conversation this week ended without a clear next step?',
      'Which of my promises are due soon, and are they on track?',
      'Should I send a short note that confirms what we agreed?',
    ],
    tags: ['follow-up'],
  },
  {
    id: 'no-surprises',
    practice: 'Status updates and a one-page dashboard',
    title: 'Nothing they should hear from someone else',
    questions: [
      'What is at risk that they do not know about yet?',
      'Which win of my team deserves to be seen, and by whom?',
      'What would the one-line status of each project be today?',
    ],
    tags: ['status'],
  },
  {
    id: 'goodwill',
    practice: 'Goodwill is a bank account',
    title: 'Deposits and withdrawals',
    questions: [
      'What did I do this week that made their job easier?',
      'Did I ask for something, miss a date or escalate? How did it land?',
      'Is the account healthy enough for the ask I am planning?',
    ],
    tags: ['goodwill'],
  },
  {
    id: 'words-and-deeds',
    practice: 'Trust is built by doing what you said',
    title: 'Did my actions match my words?',
    questions: [
      'What did I say I would do, and did I do it?',
      'Where did I deliver earlier or better than expected?',
      'What signal did they give that they rely on me, or that they do not yet?',
    ],
    tags: ['trust'],
  },
  {
    id: 'close-oversight',
    practice: 'Working with a micromanager',
    title: 'When they hold on tight',
    questions: [
      'Where did they step into the details this week, and what might have driven it: care for the work, or a need to be in control?',
      'What could I share before they ask, so they feel informed?',
      'Is there a small piece of work where I could propose to run it on my own for a trial period?',
    ],
    tags: ['autonomy'],
  },
];
