import { describe, it, expect } from 'vitest';
import { TextRun } from 'docx';
import {
  buildDocx,
  bulletList,
  caption,
  checklist,
  dataTable,
  heading,
  keyValueTable,
  numberedList,
  paragraph,
  spacer,
  styleIds,
} from './docxDocument';
import { docxBodyXml, docxPart, docxText, docxXml } from './testing/docxXml';

const numIds = (xml: string): string[] =>
  [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);

describe('buildDocx', () => {
  it('opens with the title and subtitle in the Title and Subtitle styles', async () => {
    const bytes = await buildDocx({ title: 'Agenda', subtitle: '1:1 with Dana · 14 May' }, [
      paragraph('Body'),
    ]);
    const xml = await docxBodyXml(bytes);
    expect(xml).toMatch(
      /^<w:p><w:pPr><w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t xml:space="preserve">Agenda<\/w:t><\/w:r><\/w:p>/,
    );
    expect(xml).toContain(
      '<w:pStyle w:val="Subtitle"/></w:pPr><w:r><w:t xml:space="preserve">1:1 with Dana · 14 May</w:t>',
    );
    expect(await docxText(bytes)).toMatch(/^Agenda\n1:1 with Dana · 14 May\n\nBody$/);
  });

  it('leaves the title block out when asked', async () => {
    const bytes = await buildDocx({ title: 'Agenda' }, [paragraph('Body')], { titleBlock: false });
    expect(await docxText(bytes)).toBe('Body');
  });

  it('records the title and the author in the file properties, "Upward" when no author is set', async () => {
    const mine = await docxPart(
      await buildDocx({ title: 'Status', author: 'Sam Park', description: 'Weekly' }, []),
      'docProps/core.xml',
    );
    expect(mine).toContain('<dc:title>Status</dc:title>');
    expect(mine).toContain('<dc:creator>Sam Park</dc:creator>');
    expect(mine).toContain('<dc:description>Weekly</dc:description>');
    const anonymous = await docxPart(
      await buildDocx({ title: 'Status', author: '  ' }, []),
      'docProps/core.xml',
    );
    expect(anonymous).toContain('<dc:creator>Upward</dc:creator>');
  });

  it('numbers the pages in the footer as "Page N of M", beside the title', async () => {
    const footer = await docxPart(await buildDocx({ title: 'Status' }, []), 'word/footer1.xml');
    expect(footer).toContain('>Status</w:t>');
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(footer).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
    expect(footer.indexOf('Page ')).toBeLessThan(footer.indexOf('NUMPAGES'));
  });

  it('uses A4 with even margins by default and Letter when asked', async () => {
    expect(await docxXml(await buildDocx({ title: 'x' }, []))).toContain(
      '<w:pgSz w:w="11906" w:h="16838"',
    );
    expect(await docxXml(await buildDocx({ title: 'x' }, [], { pageSize: 'letter' }))).toContain(
      '<w:pgSz w:w="12240" w:h="15840"',
    );
  });

  it('defines the house styles every export uses', async () => {
    const styles = await docxPart(await buildDocx({ title: 'x' }, []), 'word/styles.xml');
    for (const id of [
      'Title',
      'Subtitle',
      'Heading1',
      'Heading2',
      'Heading3',
      'Quote',
      'Caption',
      'Hyperlink',
      'Mention',
      'InlineCode',
      'UpwardTable',
    ]) {
      expect(styles, id).toContain(`w:styleId="${id}"`);
    }
    const table =
      /<w:style w:type="table" w:styleId="UpwardTable">.*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(table).toContain('<w:tblStylePr w:type="firstRow">');
    expect(table).toContain('<w:tblHeader/>');
  });

  it('accepts list helpers without spreading them', async () => {
    const bytes = await buildDocx(
      { title: 'x' },
      [heading('Asks', 2), bulletList(['One', 'Two'])],
      { titleBlock: false },
    );
    expect(await docxText(bytes)).toBe('Asks\nOne\nTwo');
  });
});

describe('docx helpers', () => {
  it('writes headings in the Heading 1–3 styles', async () => {
    const xml = await docxBodyXml(
      await buildDocx({ title: 'x' }, [heading('A', 1), heading('B', 2), heading('C', 3)], {
        titleBlock: false,
      }),
    );
    expect([...xml.matchAll(/<w:pStyle w:val="(\w+)"\/>/g)].map((m) => m[1])).toEqual([
      'Heading1',
      'Heading2',
      'Heading3',
    ]);
  });

  it('turns newlines in a paragraph into line breaks and applies its options', async () => {
    const xml = await docxBodyXml(
      await buildDocx(
        { title: 'x' },
        [paragraph('Line one\nLine two', { bold: true, muted: true, alignment: 'center' })],
        { titleBlock: false },
      ),
    );
    expect(xml).toContain('<w:jc w:val="center"/>');
    expect(xml).toContain('<w:b/>');
    expect(xml).toContain('<w:color w:val="6B7785"/>');
    expect(xml).toMatch(
      /Line one<\/w:t><\/w:r><w:r>.*?<w:br\/><w:t xml:space="preserve">Line two</,
    );
  });

  it('turns tabs into real tab stops and drops characters a Word file cannot hold', async () => {
    const bytes = await buildDocx({ title: 'Notes\uFFFE' }, [paragraph('Owner:\tDana\uFFFF')], {
      titleBlock: false,
    });
    expect(await docxBodyXml(bytes)).toBe(
      '<w:p><w:r><w:t xml:space="preserve">Owner:</w:t><w:tab/><w:t xml:space="preserve">Dana</w:t></w:r></w:p>',
    );
    expect(await docxPart(bytes, 'docProps/core.xml')).toContain('<dc:title>Notes</dc:title>');
  });

  it('accepts ready-made runs and named styles', async () => {
    const xml = await docxBodyXml(
      await buildDocx(
        { title: 'x' },
        [
          paragraph([new TextRun({ text: 'Said', italics: true })], { style: styleIds.quote }),
          caption('Small print'),
          spacer(),
        ],
        { titleBlock: false },
      ),
    );
    expect(xml).toContain(
      '<w:pStyle w:val="Quote"/></w:pPr><w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">Said</w:t>',
    );
    expect(xml).toContain(
      '<w:pStyle w:val="Caption"/></w:pPr><w:r><w:t xml:space="preserve">Small print</w:t>',
    );
  });

  it('restarts numbering for every numbered list, and nests items one level down', async () => {
    const xml = await docxBodyXml(
      await buildDocx(
        { title: 'x' },
        [
          numberedList(['a', { content: 'b', children: ['b.1'] }]),
          paragraph('between'),
          numberedList(['c']),
        ],
        {
          titleBlock: false,
        },
      ),
    );
    const [a, b, b1, c] = numIds(xml);
    expect(new Set([a, b, b1]).size).toBe(1);
    expect(c).not.toBe(a);
    expect([...xml.matchAll(/<w:ilvl w:val="(\d)"\/>/g)].map((m) => m[1])).toEqual([
      '0',
      '0',
      '1',
      '0',
    ]);
  });

  it('writes a checklist with ticked boxes for done items', async () => {
    const text = await docxText(
      await buildDocx(
        { title: 'x' },
        [
          checklist([
            { content: 'Send notes', done: true },
            { content: 'Book room', done: false },
          ]),
        ],
        { titleBlock: false },
      ),
    );
    expect(text).toBe('☑\tSend notes\n☐\tBook room');
  });

  it('writes a data table with a repeating, shaded header row', async () => {
    const xml = await docxBodyXml(
      await buildDocx(
        { title: 'x' },
        [
          dataTable(['Action', 'Owner'], [['Send plan', 'Me'], ['Intro']], {
            columnWidths: [3, 1],
          }),
        ],
        { titleBlock: false },
      ),
    );
    expect(xml).toContain('<w:tblStyle w:val="UpwardTable"/>');
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toMatch(/<w:shd [^>]*w:fill="EEF2F6"/);
    expect(rows[0]).toContain('<w:b/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    // A short row still gets every cell, so the table stays rectangular.
    expect(rows[2].match(/<w:tc>/g)).toHaveLength(2);
    // Widths are in fiftieths of a percent: 3 parts of 4 is 75%.
    expect(rows[1]).toContain('<w:tcW w:type="pct" w:w="3750"/>');
  });

  it('writes a label–value table without a header row', async () => {
    const bytes = await buildDocx(
      { title: 'x' },
      [
        keyValueTable([
          ['Next 1:1', 'Tue 14 May'],
          ['Cadence', 'Weekly'],
        ]),
      ],
      { titleBlock: false },
    );
    const xml = await docxBodyXml(bytes);
    expect(xml).toContain('<w:tblStyle w:val="UpwardKeyValueTable"/>');
    expect(xml).not.toContain('<w:tblHeader/>');
    expect(await docxText(bytes)).toBe('Next 1:1\nTue 14 May\nCadence\nWeekly');
  });
});
