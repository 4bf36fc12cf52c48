import { describe, it, expect } from 'vitest';
import type { RichNode } from '../../../shared/domain/richtext';
import { buildDocx } from './docxDocument';
import { richTextToDocx, type RichTextDocxOptions } from './richTextToDocx';
import { docxBodyXml, docxPart, docxText } from './testing/docxXml';
import { sampleRichDoc } from './testing/sampleRichDoc';

const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content });
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const t = (text: string, ...marks: string[]): RichNode =>
  marks.length
    ? { type: 'text', text, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text };
const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });
const linked = (text: string, href: string): RichNode => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
});

async function convert(rich: RichNode | null, opts?: RichTextDocxOptions): Promise<Uint8Array> {
  return buildDocx({ title: 'Test' }, richTextToDocx(rich, opts), { titleBlock: false });
}

/** The document body XML for a rich-text document, as Tiptap's tests compare HTML. */
async function xmlOf(rich: RichNode | null, opts?: RichTextDocxOptions): Promise<string> {
  return docxBodyXml(await convert(rich, opts));
}

const run = (text: string, rPr = ''): string =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const numIds = (xml: string): string[] =>
  [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
const levels = (xml: string): string[] =>
  [...xml.matchAll(/<w:ilvl w:val="(\d+)"\/>/g)].map((m) => m[1]);

describe('richTextToDocx: text and marks', () => {
  it('writes a plain paragraph as one run', async () => {
    expect(await xmlOf(doc(p(t('Hello there'))))).toBe(`<w:p>${run('Hello there')}</w:p>`);
  });

  it('writes bold, italic, underline and strike as Word run properties', async () => {
    expect(await xmlOf(doc(p(t('B', 'bold'))))).toBe(`<w:p>${run('B', '<w:b/><w:bCs/>')}</w:p>`);
    expect(await xmlOf(doc(p(t('I', 'italic'))))).toBe(`<w:p>${run('I', '<w:i/><w:iCs/>')}</w:p>`);
    expect(await xmlOf(doc(p(t('U', 'underline'))))).toBe(
      `<w:p>${run('U', '<w:u w:val="single"/>')}</w:p>`,
    );
    expect(await xmlOf(doc(p(t('S', 'strike'))))).toBe(`<w:p>${run('S', '<w:strike/>')}</w:p>`);
  });

  it('writes highlight as a yellow Word highlight and code in the inline code style', async () => {
    expect(await xmlOf(doc(p(t('H', 'highlight'))))).toBe(
      `<w:p>${run('H', '<w:highlight w:val="yellow"/>')}</w:p>`,
    );
    expect(await xmlOf(doc(p(t('x = 1', 'code'))))).toBe(
      `<w:p>${run('x = 1', '<w:rStyle w:val="InlineCode"/>')}</w:p>`,
    );
  });

  it('combines marks on one run', async () => {
    expect(await xmlOf(doc(p(t('Both', 'bold', 'italic'))))).toBe(
      `<w:p>${run('Both', '<w:b/><w:bCs/><w:i/><w:iCs/>')}</w:p>`,
    );
  });

  it('escapes text that looks like markup', async () => {
    expect(await xmlOf(doc(p(t('<b>&</b>'))))).toBe(
      `<w:p>${run('&lt;b&gt;&amp;&lt;/b&gt;')}</w:p>`,
    );
  });

  it('keeps pasted tabs as tab stops and drops characters a Word file cannot hold', async () => {
    expect(await xmlOf(doc(p(t('a\tb\uFFFE', 'bold'))))).toBe(
      '<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t></w:r></w:p>',
    );
  });

  it('turns a hard break into a line break inside the paragraph', async () => {
    expect(await xmlOf(doc(p(t('one'), { type: 'hardBreak' }, t('two'))))).toBe(
      `<w:p>${run('one')}<w:r><w:br/></w:r>${run('two')}</w:p>`,
    );
  });

  it('writes an empty paragraph as an empty line', async () => {
    expect(await xmlOf(doc({ type: 'paragraph' }))).toBe('<w:p/>');
  });
});

describe('richTextToDocx: links and mentions', () => {
  it('makes a web link a real hyperlink to an external target', async () => {
    const bytes = await convert(
      doc(p(t('See '), linked('the plan', 'https://example.com/plan?a=1&b=2'))),
    );
    const xml = await docxBodyXml(bytes);
    const m = /<w:hyperlink w:history="1" r:id="([^"]+)">(.*?)<\/w:hyperlink>/.exec(xml);
    expect(m?.[2]).toBe(run('the plan', '<w:rStyle w:val="Hyperlink"/>'));
    const rels = await docxPart(bytes, 'word/_rels/document.xml.rels');
    expect(rels).toMatch(
      new RegExp(
        `<Relationship Id="${m?.[1]}" Type="[^"]+/hyperlink" Target="https://example.com/plan\\?a=1&amp;b=2" TargetMode="External"/>`,
      ),
    );
  });

  it('keeps neighbouring pieces of one link in one hyperlink', async () => {
    const href = 'mailto:dana@example.com';
    const bold: RichNode = {
      type: 'text',
      text: 'Dana',
      marks: [{ type: 'link', attrs: { href } }, { type: 'bold' }],
    };
    const xml = await xmlOf(doc(p(linked('Mail ', href), bold)));
    expect(xml.match(/<w:hyperlink /g)).toHaveLength(1);
    expect(xml).toContain(
      `${run('Mail ', '<w:rStyle w:val="Hyperlink"/>')}${run('Dana', '<w:rStyle w:val="Hyperlink"/><w:b/><w:bCs/>')}`,
    );
  });

  it('drops an unsafe link but keeps its words', async () => {
    const bytes = await convert(
      doc(p(linked('click me', 'javascript:alert(1)'), linked(' and me', 'file:///etc/passwd'))),
    );
    const xml = await docxBodyXml(bytes);
    expect(xml).toBe(`<w:p>${run('click me')}${run(' and me')}</w:p>`);
    expect(await docxPart(bytes, 'word/_rels/document.xml.rels')).not.toMatch(/javascript|file:/);
  });

  it('writes a mention as @Label in the mention style, using the current name when known', async () => {
    const mention: RichNode = {
      type: 'mention',
      attrs: { id: 'l1', label: 'Dana', kind: 'leader' },
    };
    expect(await xmlOf(doc(p(mention)))).toBe(
      `<w:p>${run('@Dana', '<w:rStyle w:val="Mention"/>')}</w:p>`,
    );
    const renamed = await xmlOf(doc(p(mention)), {
      resolveMention: (id, kind) => (id === 'l1' && kind === 'leader' ? 'Dana Reyes' : undefined),
    });
    expect(renamed).toBe(`<w:p>${run('@Dana Reyes', '<w:rStyle w:val="Mention"/>')}</w:p>`);
    const unknown = await xmlOf(doc(p(mention)), { resolveMention: () => undefined });
    expect(unknown).toContain('@Dana<');
  });
});

describe('richTextToDocx: blocks', () => {
  it('maps headings 1–3 to the Heading styles, demoted by headingOffset into three distinct levels', async () => {
    const h = (level: number, text: string): RichNode => ({
      type: 'heading',
      attrs: { level },
      content: [t(text)],
    });
    const heading = (style: string, text: string): string =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run(text)}</w:p>`;
    expect(await xmlOf(doc(h(1, 'A'), h(2, 'B'), h(3, 'C')))).toBe(
      heading('Heading1', 'A') + heading('Heading2', 'B') + heading('Heading3', 'C'),
    );
    expect(await xmlOf(doc(h(1, 'A'), h(3, 'C')), { headingOffset: 1 })).toBe(
      heading('Heading2', 'A') + heading('Heading4', 'C'),
    );
    expect(await xmlOf(doc(h(1, 'A'), h(2, 'B'), h(3, 'C')), { headingOffset: 2 })).toBe(
      heading('Heading3', 'A') + heading('Heading4', 'B') + heading('Heading5', 'C'),
    );
  });

  it('writes a quote in the Quote style', async () => {
    const xml = await xmlOf(
      doc({ type: 'blockquote', content: [p(t('Said well')), p(t('Twice'))] }),
    );
    expect(xml).toBe(
      `<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr>${run('Said well')}</w:p><w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr>${run('Twice')}</w:p>`,
    );
  });

  it('writes a horizontal rule as an empty paragraph with a bottom border', async () => {
    expect(await xmlOf(doc({ type: 'horizontalRule' }))).toMatch(
      /^<w:p><w:pPr><w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>.*<\/w:pPr><\/w:p>$/,
    );
  });

  it('keeps the words of nodes it does not know', async () => {
    const xml = await xmlOf(
      doc(
        { type: 'callout', content: [t('Block words')] },
        p(t('Before '), { type: 'emoji', text: 'inline words' }),
        { type: 'columns', content: [p(t('Nested paragraph'))] },
      ),
    );
    expect(xml).toBe(
      `<w:p>${run('Block words')}</w:p><w:p>${run('Before ')}${run('inline words')}</w:p><w:p>${run('Nested paragraph')}</w:p>`,
    );
  });

  it('gives nothing for an empty document', () => {
    expect(richTextToDocx(null)).toEqual([]);
    expect(richTextToDocx(doc())).toEqual([]);
  });
});

describe('richTextToDocx: lists', () => {
  const bullets = (...items: RichNode[]): RichNode => ({ type: 'bulletList', content: items });
  const numbers = (...items: RichNode[]): RichNode => ({ type: 'orderedList', content: items });

  it('numbers every numbered list from 1 on its own, with a list id per list', async () => {
    const bytes = await convert(
      doc(numbers(li(p(t('a'))), li(p(t('b')))), p(t('between')), numbers(li(p(t('c'))))),
    );
    const xml = await docxBodyXml(bytes);
    const [a, b, c] = numIds(xml);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    const numbering = await docxPart(bytes, 'word/numbering.xml');
    for (const id of [a, c]) {
      expect(numbering).toMatch(
        new RegExp(
          `<w:num w:numId="${id}"><w:abstractNumId w:val="\\d+"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`,
        ),
      );
    }
  });

  it('starts a numbered list at its start number', async () => {
    const bytes = await convert(
      doc({ type: 'orderedList', attrs: { start: 4 }, content: [li(p(t('four')))] }),
    );
    const [id] = numIds(await docxBodyXml(bytes));
    expect(await docxPart(bytes, 'word/numbering.xml')).toMatch(
      new RegExp(
        `<w:num w:numId="${id}">(?:(?!</w:num>).)*<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/>`,
      ),
    );
  });

  it('nests a list one level down in the same list when the kind matches, and in its own list when not', async () => {
    const xml = await xmlOf(
      doc(
        bullets(
          li(p(t('parent')), bullets(li(p(t('child')))), numbers(li(p(t('numbered child'))))),
          li(p(t('sibling'))),
        ),
      ),
    );
    expect(levels(xml)).toEqual(['0', '1', '1', '0']);
    const [parent, child, numberedChild, sibling] = numIds(xml);
    expect(child).toBe(parent);
    expect(sibling).toBe(parent);
    expect(numberedChild).not.toBe(parent);
  });

  it('writes a bullet item with its text and bullet numbering', async () => {
    const xml = await xmlOf(doc(bullets(li(p(t('Only', 'bold'))))));
    expect(xml).toMatch(
      new RegExp(
        `^<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="\\d+"/></w:numPr>.*?</w:pPr>${run('Only', '<w:b/><w:bCs/>')}</w:p>$`,
      ),
    );
  });

  it('indents a second paragraph of an item under the item text, without a bullet', async () => {
    const xml = await xmlOf(doc(bullets(li(p(t('first')), p(t('more'))))));
    const second = xml.split('</w:p>')[1];
    expect(second).toContain('<w:pStyle w:val="ListContinue"/>');
    expect(second).toContain('<w:ind w:left="360"/>');
    expect(second).not.toContain('<w:numPr>');
  });

  it('writes task items with a ballot box glyph, ticked and greyed when done', async () => {
    const task = (checked: boolean, text: string): RichNode => ({
      type: 'taskItem',
      attrs: { checked },
      content: [p(t(text))],
    });
    const xml = await xmlOf(
      doc({ type: 'taskList', content: [task(false, 'Open'), task(true, 'Done')] }),
    );
    const [open, done] = xml.split('</w:p>');
    expect(open).toContain('<w:pStyle w:val="TaskItem"/>');
    expect(open).toMatch(/<w:t xml:space="preserve">☐<\/w:t><w:tab\/>/);
    expect(open).toContain(run('Open'));
    expect(done).toMatch(/<w:t xml:space="preserve">☑<\/w:t><w:tab\/>/);
    expect(done).toContain(run('Done', '<w:color w:val="6B7785"/>'));
  });

  it('leaves room after a list, not between its items', async () => {
    const xml = await xmlOf(doc(bullets(li(p(t('a'))), li(p(t('b')))), p(t('after'))));
    const [a, b] = xml.split('</w:p>');
    expect(a).not.toContain('<w:spacing');
    expect(b).toContain('<w:spacing w:after="140"/>');
  });
});

describe('richTextToDocx: a whole entry', () => {
  it('keeps every word of a rich entry, in order, as readable text', async () => {
    const text = await docxText(await convert(sampleRichDoc, { resolveMention: () => 'Dana R.' }));
    const expected = [
      'Quarterly planning with Dana',
      'Dana opened with the hiring freeze, which she called temporary. I need to rethink the Q3 plan and drop the second pilot. Ask about the budget line before Friday.',
      'Spoke with @Dana R. about the migration runbook; the flag is billing.v2.',
      'What she cares about',
      'Fewer surprises in the weekly status',
      'Churn in the SMB segment',
      'Agreed next steps',
      'Draft a template',
      '☑\tBook the room for the review',
      '☐\tShare the retention numbers with the team',
      '“Bring me the problem early, even if you do not have the answer yet.”',
      'Next time: ask for feedback on the launch plan.\nAnd thank her for the air cover.',
    ];
    let from = 0;
    for (const line of expected) {
      const at = text.indexOf(line, from);
      expect(at, line).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
  });
});
