import JSZip from 'jszip';

async function part(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(name);
  if (!file) throw new Error(`The document has no ${name}`);
  return file.async('string');
}

/** The main document part (word/document.xml) of a .docx. */
export function docxXml(bytes: Uint8Array): Promise<string> {
  return part(bytes, 'word/document.xml');
}

/** Any part of a .docx by its path inside the zip, e.g. "word/_rels/document.xml.rels". */
export function docxPart(bytes: Uint8Array, name: string): Promise<string> {
  return part(bytes, name);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);
}

/** The plain text of a .docx body: one line per paragraph, tabs and breaks kept. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = await docxXml(bytes);
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? [])
        .map((t) =>
          t === '<w:tab/>' ? '\t' : t === '<w:br/>' ? '\n' : unescapeXml(t.replace(/<[^>]+>/g, '')),
        )
        .join(''),
    )
    .join('\n');
}

/** The body of word/document.xml without its section properties: just the paragraphs and tables. */
export async function docxBodyXml(bytes: Uint8Array): Promise<string> {
  const xml = await docxXml(bytes);
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  return xml.slice(start, end === -1 ? xml.lastIndexOf('</w:body>') : end);
}

/** The text of every table row in a .docx, one array of cell texts per row, independent of how a renderer wraps lines. */
export async function docxTableRows(bytes: Uint8Array): Promise<string[][]> {
  const xml = await docxXml(bytes);
  const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
  return rows.map((row) =>
    (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) =>
      (cell.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
        .map((t) => unescapeXml(t.replace(/<[^>]+>/g, '')))
        .join('')
        .trim(),
    ),
  );
}

/** The number of pages of a PDF, from poppler's pdfinfo. */
export async function pdfPageCount(pdf: string): Promise<number> {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const { stdout } = await promisify(execFile)('pdfinfo', [pdf]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo printed no page count for ${pdf}`);
  return Number(match[1]);
}

/**
 * The whole text of a PDF in the order it was drawn, runs of white space as one space: for
 * checks a line break cannot upset (a wrapped line only adds a space).
 */
export async function pdfWords(pdf: string): Promise<string> {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const { stdout } = await promisify(execFile)('pdftotext', ['-raw', pdf, '-']);
  return stdout.replace(/\s+/g, ' ');
}

/** One word of a rendered PDF page and its box, from poppler's `pdftotext -bbox`. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
}

/** Every word of a PDF with the box it was drawn in, to tell which words share a line. */
export async function pdfWordBoxes(pdf: string): Promise<PdfWord[]> {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const { stdout } = await promisify(execFile)('pdftotext', ['-bbox', pdf, '-'], {
    maxBuffer: 32 * 1024 * 1024,
  });
  const out: PdfWord[] = [];
  let page = 0;
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), text: unescapeXml(m[3]) });
  }
  return out;
}
