import { formatDate, type DateFormat, type DateStyle } from '../../../shared/dateTime';
import type { FileChild } from 'docx';
import { REVIEW_THEME_LABELS, ReviewTheme } from '../../../shared/ipc/areas/review';
import type { ServiceContext } from '../services/context';
import { bulletList } from './docxLists';
import { buildDocx, heading } from './docxDocument';
import { saveExport } from './saveExport';

/** What goes into the review document: only the lines the user kept, as edited. */
export interface ReviewDocument {
  from: string;
  to: string;
  leaderName: string | null;
  lines: { theme: ReviewTheme; text: string }[];
}

/** Builds the review-season document: one heading per theme that has lines, the lines as bullets. */
export async function buildReviewDocx(
  doc: ReviewDocument,
  author: string,
  style: DateStyle | DateFormat = 'long',
): Promise<Uint8Array> {
  const body: FileChild[] = [];
  for (const theme of ReviewTheme.options) {
    const lines = doc.lines.filter((l) => l.theme === theme).map((l) => l.text);
    if (!lines.length) continue;
    body.push(heading(REVIEW_THEME_LABELS[theme], 1), ...bulletList(lines));
  }
  const period = `${formatDate(doc.from, style)} – ${formatDate(doc.to, style)}`;
  return buildDocx(
    {
      title: author ? `${author} — review` : 'Review',
      subtitle: doc.leaderName ? `${period} · with ${doc.leaderName}` : period,
      author,
    },
    body,
  );
}

/** Asks where to save the review document and writes it. */
export async function exportReviewDocx(
  ctx: ServiceContext,
  doc: ReviewDocument,
): Promise<{ path: string | null }> {
  const author = ctx.settings().exportAuthor;
  return saveExport(ctx.deps.shell, {
    title: 'Save the review',
    defaultName: `Review ${doc.from} to ${doc.to}`,
    bytes: await buildReviewDocx(doc, author, ctx.settings()),
  });
}
