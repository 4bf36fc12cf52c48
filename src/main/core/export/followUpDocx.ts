import type { FileChild } from 'docx';
import type { FollowUpContent } from '../services/meetings/followUp';
import { TextRun } from 'docx';
import { buildDocx, bulletList, dataTable, heading, paragraph, spacer } from './docxDocument';

/** Builds the follow-up of a meeting as .docx: the message, its decisions as a list and its action items as a table. */
export async function buildFollowUpDocx(
  c: FollowUpContent,
  opts: { author: string },
): Promise<Uint8Array> {
  const body: FileChild[] = [paragraph(c.greeting), paragraph(c.intro)];
  if (c.decisions.length) {
    body.push(
      heading('Decisions', 1),
      ...bulletList(
        c.decisions.map((d) => [
          new TextRun({ text: `${d.topic}: `, bold: true }),
          new TextRun({ text: d.decision }),
        ]),
      ),
    );
  }
  if (c.actions.length) {
    body.push(
      heading('Action items', 1),
      dataTable(
        ['Action item', 'Owner', 'Due'],
        c.actions.map((a) => [
          a.done ? `${a.text} (done)` : a.text,
          a.owner,
          a.due ?? 'No date set',
        ]),
        { columnWidths: [3.4, 1.4, 1.4] },
      ),
    );
  }
  body.push(spacer(10), paragraph(c.closing));
  if (c.signature) body.push(paragraph(c.signature));
  return buildDocx(
    { title: c.title, subtitle: c.when, author: opts.author, description: c.title },
    body,
  );
}
