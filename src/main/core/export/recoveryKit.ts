import { formatInstant, type DateFormat, type DateStyle } from '../../../shared/dateTime';
import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';
import {
  buildDocx,
  bulletList,
  caption,
  heading,
  keyValueTable,
  numberedList,
  paragraph,
} from './docxDocument';
import { fonts, palette } from './docxStyles';

/** What goes on a recovery kit. */
export interface RecoveryKitInput {
  recoveryCode: string;
  /** When the code was made (ISO 8601). */
  createdAt: string;
  /** The vault folder on this computer. */
  vaultLocation: string;
  /** How dates and times are written (the user's settings); in words when not given. */
  dateFormat?: DateStyle | DateFormat;
}

/** The code's point size: as large as fits on one line of the box. */
function codeSize(code: string): number {
  const n = code.length;
  if (n <= 24) return 22;
  if (n <= 30) return 19;
  if (n <= 36) return 16;
  if (n <= 44) return 13;
  return 11;
}

function formatCreated(iso: string, style: DateStyle | DateFormat): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  return formatInstant(iso, style, { weekday: true });
}

function codeBox(code: string): Paragraph {
  const edge = { style: BorderStyle.SINGLE, size: 12, color: palette.accent, space: 14 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    spacing: { before: 160, after: 160, line: 360 },
    indent: { left: 300, right: 300 },
    shading: { type: 'clear', color: 'auto', fill: palette.accentSoft },
    border: { top: edge, bottom: edge, left: edge, right: edge },
    children: [
      new TextRun({
        text: code,
        font: fonts.mono,
        size: codeSize(code) * 2,
        bold: true,
        color: palette.ink,
        characterSpacing: 20,
      }),
    ],
  });
}

/**
 * The one-page recovery kit: the recovery code set large in a box, where the vault
 * lives, when the code was made, how to use it and how to keep it safe.
 */
export function buildRecoveryKitDocx(opts: RecoveryKitInput): Promise<Uint8Array> {
  const code = opts.recoveryCode.trim();
  const body = [
    paragraph(
      'This page holds the recovery code for your Upward vault. If you ever forget your passphrase, ' +
        'this code opens the vault instead, and you can then choose a new passphrase. ' +
        'There is no other way back in: Upward keeps no copy of your passphrase or of this code, ' +
        'and nothing you write ever leaves your computer.',
    ),
    heading('Your recovery code', 2),
    codeBox(code),
    caption('Capital letters and dashes are optional when you type it.'),
    keyValueTable([
      ['Vault folder', opts.vaultLocation],
      ['Code created', formatCreated(opts.createdAt, opts.dateFormat ?? 'long')],
    ]),
    heading('How to use it', 2),
    numberedList([
      'Open Upward. On the unlock screen, choose “Use recovery code”.',
      'Type the code above and unlock. Your vault opens just as it does with your passphrase.',
      'Choose a new passphrase straight away, in the vault settings, so you can unlock as usual again.',
    ]),
    heading('How to keep it safe', 2),
    bulletList([
      'Print this page and keep it offline, somewhere you would keep a passport or a spare key.',
      'Once it is printed, delete this file and empty the trash. Do not email it, photograph it or keep it in a cloud folder.',
      'Anyone who has this code and a copy of your vault can read your journal and everything else in Upward. Never store the two together.',
      'If you think someone has seen the code, make a new one in the vault settings and print a fresh kit.',
    ]),
  ];
  return buildDocx(
    {
      title: 'Upward recovery kit',
      subtitle: 'Keep this page private, printed and offline.',
      description: 'The recovery code for an Upward vault.',
    },
    body,
  );
}
