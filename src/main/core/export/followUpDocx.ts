import type { FileChild } from 'docx';
import type { FollowUpContent } from '../services/meetings/followUp';
import {
  buildDocx,
  bulletList,
  dataTable,
  heading,
  paragraph,
  spacer,
  textRuns,
} from './docxDocument';
import { richTextToDocx } from './richTextToDocx';

/**
 * Builds the follow-up of a meeting as .docx: the message, what was discussed with its
 * decisions, the action items as a table, and the meeting notes when chosen.
 */
export async function buildFollowUpDocx(
  c: FollowUpContent,
  opts: { author: string; leaderNames?: Map<string, string> },
): Promise<Uint8Array> {
  const body: FileChild[] = [paragraph(c.greeting), paragraph(c.intro)];
  if (c.discussed.length) {
    body.push(
      heading('What we discussed', 1),
      ...bulletList(
        c.discussed.map((d) =>
          d.decision
            ? [...textRuns(`${d.topic}: `, { bold: true }), ...textRuns(d.decision)]
            : d.topic,
        ),
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
        { columnWidths: FOLLOW_UP_COLUMNS },
      ),
    );
  }
  const notes = richTextToDocx(c.notes, {
    headingOffset: 1,
    resolveMention: (id) => opts.leaderNames?.get(id),
  });
  if (notes.length) body.push(heading('Notes', 1), ...notes);
  body.push(spacer(10), paragraph(c.closing));
  for (const line of c.signature) body.push(paragraph(line, { spaceAfter: 0 }));
  return buildDocx(
    { title: c.title, subtitle: c.when, author: opts.author, description: c.title },
    body,
  );
}

/** Action, owner and due date: the last two wide enough that a name or a long date never wraps (as in the agenda). */
export const FOLLOW_UP_COLUMNS = [3, 1.7, 1.8];
