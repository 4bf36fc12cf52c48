import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { palette } from './docxStyles';
import { buildEveryKind } from './testing/everyKind';
import { docxPart, docxXml, pdfPageCount, pdfWords } from './testing/docxXml';
import { convertWithLibreOffice, findLibreOffice } from './testing/libreOffice';
import { ARABIC, CJK, HEBREW } from './testing/sampleRichDoc';

const hasLibreOffice = (await findLibreOffice()) !== null;
const kinds = await buildEveryKind();
const richKinds = kinds.filter((k) => k.kind !== 'status-update');

/** Every paragraph of the body, with its style and its text. */
function paragraphs(xml: string): { xml: string; style: string; text: string }[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    xml: p,
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
    text: (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
      .map((t) => t.replace(/<[^>]+>/g, ''))
      .join(''),
  }));
}

/** The run properties a style gives its text, from styles.xml. */
function styleRun(styles: string, id: string): string {
  const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(
    styles,
  )?.[1];
  return /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(style ?? '')?.[1] ?? '';
}

describe.each(richKinds)('the $kind document keeps every rich-text feature', ({ bytes }) => {
  it('writes headings 1–3 of the text as three visibly different heading styles', async () => {
    const xml = await docxXml(bytes);
    const styles = await docxPart(bytes, 'word/styles.xml');
    const all = paragraphs(xml);
    const styleOf = (text: string): string => all.find((p) => p.text === text)?.style ?? '';
    const used = ['Heading one', 'Heading two', 'Heading three'].map(styleOf);
    expect(
      used.every((s) => /^Heading[1-6]$/.test(s)),
      used.join(),
    ).toBe(true);
    expect(new Set(used).size).toBe(3);
    const looks = used.map((s) => styleRun(styles, s));
    expect(looks.every((l) => l.length > 0)).toBe(true);
    expect(new Set(looks).size).toBe(3);
  });

  it('nests lists three deep, starts a numbered list at 5 and ticks tasks', async () => {
    const xml = await docxXml(bytes);
    const numbering = await docxPart(bytes, 'word/numbering.xml');
    const all = paragraphs(xml);
    const level = (text: string): string =>
      /<w:ilvl w:val="(\d)"\/>/.exec(all.find((p) => p.text === text)?.xml ?? '')?.[1] ?? '';
    expect(['Level one', 'Level two', 'Level three'].map(level)).toEqual(['0', '1', '2']);
    const fifth = /<w:numId w:val="(\d+)"\/>/.exec(all.find((p) => p.text === 'Fifth')?.xml ?? '');
    expect(numbering).toMatch(
      new RegExp(`<w:num w:numId="${fifth?.[1]}">(?:(?!</w:num>).)*<w:startOverride w:val="5"/>`),
    );
    expect(all.some((p) => p.text === '☑\u0009A done task' || p.text === '☑A done task')).toBe(
      true,
    );
    expect(all.some((p) => p.text.startsWith('☐') && p.text.endsWith('A nested task'))).toBe(true);
  });

  it('keeps a list that is inside a quote inside the quote', async () => {
    const xml = await docxXml(bytes);
    const quotes = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).filter((t) =>
      t.includes('A quote that holds a list:'),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q).toMatch(new RegExp(`<w:left w:val="single" [^>]*w:color="${palette.accent}"`));
      const inside = paragraphs(q);
      expect(inside.find((p) => p.text === 'Quoted point two')?.xml).toContain('<w:numPr>');
    }
  });

  it('marks Arabic and Hebrew paragraphs and runs right to left, and nothing else', async () => {
    const all = paragraphs(await docxXml(bytes));
    for (const text of [ARABIC, HEBREW]) {
      const p = all.find((x) => x.text === text);
      expect(p?.xml).toContain('<w:bidi/>');
      expect(p?.xml).toContain('<w:rtl/>');
    }
    const mixed = all.find((x) => x.text.startsWith('Mixed: the word'));
    expect(mixed?.xml).not.toContain('<w:bidi/>');
    expect(mixed?.xml).toMatch(/<w:rtl\/><\/w:rPr><w:t xml:space="preserve">שלום<\/w:t>/);
    const cjk = all.find((x) => x.text === CJK);
    expect(cjk?.xml).not.toContain('<w:bidi/>');
    expect(cjk?.xml).not.toContain('<w:rtl/>');
  });

  it('keeps every mark, the link, the mention, code and emoji', async () => {
    const xml = await docxXml(bytes);
    const marks = paragraphs(xml).find((p) => p.text.startsWith('Bold italic'))?.xml ?? '';
    for (const tag of ['<w:b/>', '<w:i/>', '<w:u w:val="single"/>', '<w:strike/>'])
      expect(marks).toContain(tag);
    expect(marks).toContain('<w:highlight w:val="yellow"/>');
    expect(marks).toContain('<w:rStyle w:val="InlineCode"/>');
    expect(marks).toContain('<w:rStyle w:val="Mention"/>');
    expect(marks).toMatch(/<w:hyperlink [^>]*r:id="[^"]+">/);
    expect(marks).toContain('🎉🚀✅');
  });
});

const pagesDir = process.env.UPWARD_PAGES_DIR;
const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

describe.skipIf(!hasLibreOffice)('every kind of document in LibreOffice', () => {
  it.each(kinds)(
    'the $kind document converts to PDF and to one picture per page, with Chinese and Japanese drawn',
    async ({ kind, bytes }) => {
      const dir = await mkdtemp(join(tmpdir(), `upward-${kind}-`));
      temps.push(dir);
      const pdf = await convertWithLibreOffice(bytes, dir, kind);
      const pages = await pdfPageCount(pdf ?? '');
      expect(pages).toBeGreaterThanOrEqual(1);
      // Set UPWARD_PAGES_DIR to keep the pictures and look at every page.
      const out = pagesDir ? join(pagesDir, kind) : join(dir, 'png');
      await mkdir(out, { recursive: true });
      await promisify(execFile)('pdftoppm', ['-png', '-r', '70', pdf ?? '', join(out, 'page')]);
      expect((await readdir(out)).filter((f) => f.endsWith('.png'))).toHaveLength(pages);
      // A wrapped line adds a space; CJK text has none of its own.
      expect((await pdfWords(pdf ?? '')).replace(/\s/g, '')).toContain(CJK);
    },
    120_000,
  );
});
