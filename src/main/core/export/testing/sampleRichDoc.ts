import type { RichNode } from '../../../../shared/domain/richtext';

const t = (text: string, ...marks: string[]): RichNode =>
  marks.length
    ? { type: 'text', text, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text };
const link = (text: string, href: string): RichNode => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
});
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });
const task = (checked: boolean, text: string): RichNode => ({
  type: 'taskItem',
  attrs: { checked },
  content: [p(t(text))],
});

/** A journal entry that uses every node and mark the editor offers, for whole-document tests and previews. */
export const sampleRichDoc: RichNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [t('Quarterly planning with Dana')] },
    p(
      t('Dana opened with the '),
      t('hiring freeze', 'bold'),
      t(', which she called '),
      t('temporary', 'italic'),
      t('. I need to '),
      t('rethink the Q3 plan', 'underline'),
      t(' and drop the '),
      t('second pilot', 'strike'),
      t('. '),
      t('Ask about the budget line before Friday.', 'highlight'),
    ),
    p(
      t('Spoke with '),
      { type: 'mention', attrs: { id: 'leader-1', label: 'Dana Reyes', kind: 'leader' } },
      t(' about the '),
      link('migration runbook', 'https://example.com/runbook'),
      t('; the flag is '),
      t('billing.v2', 'code'),
      t('.'),
    ),
    { type: 'heading', attrs: { level: 2 }, content: [t('What she cares about')] },
    {
      type: 'bulletList',
      content: [
        li(p(t('Fewer surprises in the weekly status'))),
        li(p(t('Customer retention')), {
          type: 'bulletList',
          content: [
            li(p(t('Churn in the SMB segment'))),
            li(p(t('Renewal calls she wants to join'))),
          ],
        }),
        li(p(t('A calm launch in September'))),
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [t('Agreed next steps')] },
    {
      type: 'orderedList',
      content: [
        li(p(t('Send the revised plan by Thursday'))),
        li(p(t('Set up a trial of weekly written updates')), {
          type: 'orderedList',
          content: [li(p(t('Draft a template'))), li(p(t('Agree on the day')))],
        }),
        li(p(t('Review in four weeks'))),
      ],
    },
    {
      type: 'taskList',
      content: [
        task(true, 'Book the room for the review'),
        task(false, 'Share the retention numbers with the team'),
      ],
    },
    {
      type: 'blockquote',
      content: [p(t('“Bring me the problem early, even if you do not have the answer yet.”'))],
    },
    { type: 'horizontalRule' },
    p(
      t('Next time: ask for feedback on the launch plan.'),
      { type: 'hardBreak' },
      t('And thank her for the air cover.'),
    ),
  ],
};
