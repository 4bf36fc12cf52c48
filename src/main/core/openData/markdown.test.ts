import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sanitizeRichText, type RichNode } from '../../../shared/domain/richtext';
import { sampleRichDoc } from '../export/testing/sampleRichDoc';
import { markdownToRichText, richTextToMarkdown } from './markdown';
import { normalizeRichText } from './normalize';

const roundTrip = (doc: RichNode): RichNode | null => markdownToRichText(richTextToMarkdown(doc));

describe('rich text ⇄ Markdown', () => {
  it('writes readable Markdown', () => {
    const md = richTextToMarkdown(sampleRichDoc);
    expect(md).toContain('# Quarterly planning with Dana');
    expect(md).toContain('*hiring freeze*');
    expect(md).toContain('<u>rethink the Q3 plan</u>');
    expect(md).toContain('<mark>Ask about the budget line before Friday.</mark>');
    expect(md).toContain('[@Dana Reyes](upward:leader/leader-1)');
    expect(md).toContain('- [x] Book the room for the review');
    expect(md).toContain('> “Bring me the problem early');
  });

  it('reads back every node and mark the editor makes', () => {
    expect(normalizeRichText(roundTrip(sampleRichDoc))).toEqual(
      normalizeRichText(sanitizeRichText(sampleRichDoc)),
    );
  });

  it('keeps empty paragraphs, numbered lists from 5, lists inside quotes and nested marks', () => {
    const doc: RichNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Before' }] },
        { type: 'paragraph' },
        {
          type: 'orderedList',
          attrs: { start: 5 },
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'five' }] }],
            },
          ],
        },
        {
          type: 'blockquote',
          content: [
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [
                    { type: 'paragraph', content: [{ type: 'text', text: 'quoted item' }] },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'bold italic', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'text', text: ' plain ' },
            {
              type: 'text',
              text: 'linked code',
              marks: [
                { type: 'link', attrs: { href: 'https://example.com/a_b' } },
                { type: 'code' },
              ],
            },
            { type: 'text', text: ' 2 * 3 = 6 _not italic_ <u>not html</u> [x]' },
          ],
        },
      ],
    };
    expect(normalizeRichText(roundTrip(doc))).toEqual(normalizeRichText(doc));
  });

  it('survives random documents made of the editor’s nodes and marks', () => {
    const word = fc.stringMatching(
      /^[A-Za-z0-9äé€😀][A-Za-z0-9 äé€😀.,!?'"()#*_~`<>[\]-]{0,12}[A-Za-z0-9äé€😀.!?]$/u,
    );
    const markSet = fc.subarray([
      'bold',
      'italic',
      'strike',
      'underline',
      'highlight',
      'code',
    ] as const);
    const text = fc.tuple(word, markSet, fc.boolean()).map(([t, marks, linked]): RichNode => {
      const all = [
        ...(linked ? [{ type: 'link', attrs: { href: 'https://example.com/x' } }] : []),
        ...marks.map((type) => ({ type })),
      ];
      return all.length ? { type: 'text', text: t, marks: all } : { type: 'text', text: t };
    });
    const inline = fc.array(
      fc.oneof(
        { weight: 6, arbitrary: text },
        { weight: 1, arbitrary: fc.constant<RichNode>({ type: 'hardBreak' }) },
        {
          weight: 1,
          arbitrary: fc.constant<RichNode>({
            type: 'mention',
            attrs: { id: 'm-1', label: 'Dana Reyes', kind: 'leader' },
          }),
        },
      ),
      { minLength: 1, maxLength: 5 },
    );
    const para = inline.map((content): RichNode => ({
      type: 'paragraph',
      content: spaced(content),
    }));
    const { block } = fc.letrec<{ block: RichNode; item: RichNode }>((tie) => ({
      block: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        para,
        fc.tuple(fc.integer({ min: 1, max: 3 }), inline).map(([level, content]): RichNode => ({
          type: 'heading',
          attrs: { level },
          content: spaced(content),
        })),
        fc
          .array(tie('item'), { minLength: 1, maxLength: 3 })
          .map((content): RichNode => ({ type: 'bulletList', content })),
        fc
          .tuple(
            fc.integer({ min: 1, max: 20 }),
            fc.array(tie('item'), { minLength: 1, maxLength: 3 }),
          )
          .map(([start, content]): RichNode => ({
            type: 'orderedList',
            attrs: { start },
            content,
          })),
        fc
          .array(fc.tuple(fc.boolean(), para), { minLength: 1, maxLength: 3 })
          .map(([...items]): RichNode => ({
            type: 'taskList',
            content: items.map(([checked, p]) => ({
              type: 'taskItem',
              attrs: { checked },
              content: [p],
            })),
          })),
        fc
          .array(tie('block'), { minLength: 1, maxLength: 2 })
          .map((content): RichNode => ({ type: 'blockquote', content })),
        fc.constant<RichNode>({ type: 'horizontalRule' }),
        fc.constant<RichNode>({ type: 'paragraph' }),
      ),
      item: fc
        .tuple(para, fc.array(tie('block'), { maxLength: 1 }))
        .map(([p, rest]): RichNode => ({ type: 'listItem', content: [p, ...rest] })),
    }));
    const doc = fc
      .array(block, { minLength: 1, maxLength: 5 })
      .map((content): RichNode => ({ type: 'doc', content }));
    fc.assert(
      fc.property(doc, (d) => {
        expect(normalizeRichText(roundTrip(d))).toEqual(normalizeRichText(d));
      }),
      { numRuns: 100 },
    );
  });
});

/** Separates neighbouring text runs with a space, as typed text has between differently marked words. */
function spaced(content: RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  content.forEach((n, i) => {
    if (i > 0) out.push({ type: 'text', text: ' ' });
    out.push(n);
  });
  return out;
}
