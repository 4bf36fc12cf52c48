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

const h = (level: number, text: string): RichNode => ({
  type: 'heading',
  attrs: { level },
  content: [t(text)],
});
const bullets = (...items: RichNode[]): RichNode => ({ type: 'bulletList', content: items });

/** Arabic and Hebrew sentences with digits and punctuation, which sit right only when marked right to left. */
export const ARABIC = 'الاجتماع القادم في 14 مايو، الساعة 10:00.';
export const HEBREW = 'הפגישה הבאה ב־14 במאי, בשעה 10:00.';
/** Chinese and Japanese text. */
export const CJK = '下周一的会议议程：预算与招聘。来週の会議';

/**
 * Every rich-text feature a document must keep: headings 1–3, lists nested three deep, a
 * numbered list starting at 5, task lists, a quote holding a list, inline code, links, every
 * mark, a mention, emoji, CJK, Arabic and Hebrew.
 */
export const everyFeatureDoc: RichNode = {
  type: 'doc',
  content: [
    h(1, 'Heading one'),
    p(
      t('Bold', 'bold'),
      t(' '),
      t('italic', 'italic'),
      t(' '),
      t('underline', 'underline'),
      t(' '),
      t('strike', 'strike'),
      t(' '),
      t('highlight', 'highlight'),
      t(' '),
      t('code()', 'code'),
      t(' '),
      link('a link', 'https://example.com/doc'),
      t(' '),
      { type: 'mention', attrs: { id: 'leader-1', label: 'Dana Reyes', kind: 'leader' } },
      t(' emoji 🎉🚀✅'),
    ),
    h(2, 'Heading two'),
    bullets(
      li(
        p(t('Level one')),
        bullets(li(p(t('Level two')), bullets(li(p(t('Level three'))), li(p(t('Level three b')))))),
      ),
      li(p(t('Back at one'))),
    ),
    h(3, 'Heading three'),
    {
      type: 'orderedList',
      attrs: { start: 5 },
      content: [
        li(p(t('Fifth'))),
        li(p(t('Sixth')), {
          type: 'orderedList',
          content: [li(p(t('Sixth, a'))), li(p(t('Sixth, b')))],
        }),
      ],
    },
    {
      type: 'taskList',
      content: [
        task(true, 'A done task'),
        {
          type: 'taskItem',
          attrs: { checked: false },
          content: [
            p(t('An open task')),
            { type: 'taskList', content: [task(false, 'A nested task')] },
          ],
        },
      ],
    },
    {
      type: 'blockquote',
      content: [
        p(t('A quote that holds a list:')),
        bullets(li(p(t('Quoted point one'))), li(p(t('Quoted point two')))),
      ],
    },
    p(t(CJK)),
    p(t(ARABIC)),
    p(t(HEBREW)),
    p(t('Mixed: the word '), t('שלום'), t(' sits inside English.')),
  ],
};
