import { DateTime } from 'luxon';
import { load as parseYaml } from 'js-yaml';
import { z } from 'zod';
import { JournalEntry, Tag } from '../../../shared/domain/journal';
import { richTextToPlain, type RichDoc, type RichNode } from '../../../shared/domain/richtext';
import { markdownToRichText } from './markdown';

/** An entry read from another app, before it is given an id in this vault. */
export interface IncomingEntry {
  date: string;
  title: string;
  body: RichDoc;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** What an import from another app brought and what it could not bring, in words. */
export interface IncomingJournal {
  entries: IncomingEntry[];
  /** Sentences such as "12 photos were left out: Upward keeps text only." */
  leftOut: string[];
}

const TITLE_MAX = 500;

/** A tag as the journal keeps it, or null when nothing usable is left. */
export function cleanTag(raw: string): string | null {
  const parsed = Tag.safeParse(raw.trim().replace(/\s+/g, ' ').slice(0, 40));
  return parsed.success ? parsed.data : null;
}

function cleanTags(raw: string[]): string[] {
  const out: string[] = [];
  for (const t of raw) {
    const tag = cleanTag(t);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, 30);
}

/** Takes a leading heading as the entry's title, as journaling apps write it. */
function splitTitle(doc: RichDoc): { title: string; body: RichDoc } {
  const first = doc?.content?.[0];
  if (!doc || first?.type !== 'heading') return { title: '', body: doc };
  const title = richTextToPlain({ type: 'doc', content: [first] }).slice(0, TITLE_MAX);
  const rest: RichNode[] = doc.content?.slice(1) ?? [];
  return { title, body: rest.length ? { type: 'doc', content: rest } : null };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

// --- Day One ---------------------------------------------------------------------------

const DayOneEntry = z.object({
  uuid: z.string().optional(),
  creationDate: z.string(),
  modifiedDate: z.string().optional(),
  timeZone: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
  photos: z.array(z.unknown()).optional(),
  videos: z.array(z.unknown()).optional(),
  audios: z.array(z.unknown()).optional(),
  pdfAttachments: z.array(z.unknown()).optional(),
  location: z.unknown().optional(),
  weather: z.unknown().optional(),
});

const DayOneFile = z.object({
  metadata: z.object({ version: z.string() }),
  entries: z.array(z.unknown()),
});

/** The Day One export versions this importer knows. */
export const DAY_ONE_VERSIONS = ['1.0'];

/** Why a Day One file cannot be read, in words. */
export class ImportRefused extends Error {}

/** Pictures, audio and other moments Day One links with its own scheme. */
const DAY_ONE_MOMENT = /!\[[^\]]*\]\(dayone-moment:\/\/[^)]*\)/g;

/** Reads Day One's JSON export (one journal file). */
export function parseDayOne(json: unknown, fileName: string): IncomingJournal {
  const file = DayOneFile.safeParse(json);
  if (!file.success) {
    throw new ImportRefused(
      `"${fileName}" is not a Day One JSON export: it has no "metadata" and "entries". In Day One, choose Export → JSON, then import the .zip or the .json inside it.`,
    );
  }
  if (!DAY_ONE_VERSIONS.includes(file.data.metadata.version)) {
    throw new ImportRefused(
      `"${fileName}" is a Day One export of version ${file.data.metadata.version}, which this version of Upward does not know (it reads version ${DAY_ONE_VERSIONS.join(', ')}). Nothing was imported.`,
    );
  }
  const entries: IncomingEntry[] = [];
  let photos = 0;
  let audio = 0;
  let videos = 0;
  let pdfs = 0;
  let places = 0;
  let unreadable = 0;
  for (const raw of file.data.entries) {
    const e = DayOneEntry.safeParse(raw);
    if (!e.success) {
      unreadable++;
      continue;
    }
    const d = e.data;
    const created = DateTime.fromISO(d.creationDate, { setZone: true });
    if (!created.isValid) {
      unreadable++;
      continue;
    }
    const zone = d.timeZone && DateTime.local().setZone(d.timeZone).isValid ? d.timeZone : 'UTC';
    const local = created.setZone(zone);
    const modified = d.modifiedDate ? DateTime.fromISO(d.modifiedDate, { setZone: true }) : created;
    photos += d.photos?.length ?? 0;
    audio += d.audios?.length ?? 0;
    videos += d.videos?.length ?? 0;
    pdfs += d.pdfAttachments?.length ?? 0;
    if (d.location) places++;
    // Day One's backslash escapes (`\.`, `\-`) are plain Markdown escapes and read as they are.
    const text = (d.text ?? '').replace(DAY_ONE_MOMENT, '');
    const { title, body } = splitTitle(markdownToRichText(text));
    const tags = cleanTags([...(d.tags ?? []), ...(d.starred ? ['starred'] : [])]);
    entries.push({
      date: local.toISODate() ?? d.creationDate.slice(0, 10),
      title,
      body,
      tags,
      createdAt: created.toUTC().toISO() ?? new Date().toISOString(),
      updatedAt:
        (modified.isValid ? modified : created).toUTC().toISO() ?? new Date().toISOString(),
    });
  }
  const leftOut: string[] = [];
  if (photos)
    leftOut.push(`${plural(photos, 'photo was', 'photos were')} left out: Upward keeps text only.`);
  if (videos) leftOut.push(`${plural(videos, 'video was', 'videos were')} left out.`);
  if (audio)
    leftOut.push(`${plural(audio, 'audio recording was', 'audio recordings were')} left out.`);
  if (pdfs) leftOut.push(`${plural(pdfs, 'PDF attachment was', 'PDF attachments were')} left out.`);
  if (places) {
    leftOut.push(
      `The places of ${plural(places, 'entry', 'entries')} were left out: Upward keeps no locations.`,
    );
  }
  if (unreadable) {
    leftOut.push(
      `${plural(unreadable, 'entry', 'entries')} could not be read and ${unreadable === 1 ? 'was' : 'were'} skipped.`,
    );
  }
  return { entries, leftOut };
}

// --- Markdown files --------------------------------------------------------------------

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n?/;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;

function dateFrom(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return DateTime.fromJSDate(value, { zone: 'UTC' }).toISODate();
  }
  if (typeof value === 'string') {
    const iso = DateTime.fromISO(value.trim(), { setZone: true });
    if (iso.isValid) return iso.toISODate();
    const plain = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
    if (plain && DateTime.fromISO(`${plain[1]}-${plain[2]}-${plain[3]}`).isValid) {
      return `${plain[1]}-${plain[2]}-${plain[3]}`;
    }
  }
  return null;
}

function tagsFrom(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[,;]/);
  return [];
}

/** One Markdown file to bring in: its name, text and modification time. */
export interface MarkdownFile {
  name: string;
  text: string;
  modified: Date;
}

/** Reads one Markdown note: front-matter date, title and tags, else the file's own date and name. */
export function parseMarkdownNote(file: MarkdownFile): { entry: IncomingEntry; images: number } {
  let text = file.text.replace(/^\uFEFF/, '');
  let meta: Record<string, unknown> = {};
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    try {
      const parsed: unknown = parseYaml(fm[1]);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        meta = parsed as Record<string, unknown>;
      }
    } catch {
      // Front matter that is not YAML is kept as text below.
    }
    if (Object.keys(meta).length) text = text.slice(fm[0].length);
  }
  const images = (text.match(IMAGE) ?? []).length;
  const doc = markdownToRichText(text);
  const fromHeading = splitTitle(doc);
  const metaTitle = typeof meta.title === 'string' ? meta.title.trim() : '';
  const baseName = file.name.replace(/^.*[\\/]/, '').replace(/\.(md|markdown|mdown|txt)$/i, '');
  const title = (metaTitle || fromHeading.title || baseName).slice(0, TITLE_MAX);
  const body = metaTitle || !fromHeading.title ? doc : fromHeading.body;
  const date =
    dateFrom(meta.date) ??
    dateFrom(meta.created) ??
    DateTime.fromJSDate(file.modified).toISODate() ??
    new Date().toISOString().slice(0, 10);
  const stamp = DateTime.fromJSDate(file.modified).toUTC().toISO() ?? new Date().toISOString();
  return {
    entry: {
      date,
      title,
      body,
      tags: cleanTags(tagsFrom(meta.tags)),
      createdAt: stamp,
      updatedAt: stamp,
    },
    images,
  };
}

/** Reads a folder's Markdown notes into entries, saying what was left out. */
export function parseMarkdownNotes(files: MarkdownFile[]): IncomingJournal {
  const entries: IncomingEntry[] = [];
  let images = 0;
  for (const f of files) {
    const { entry, images: n } = parseMarkdownNote(f);
    entries.push(entry);
    images += n;
  }
  const leftOut = images
    ? [`${plural(images, 'picture was', 'pictures were')} left out: Upward keeps text only.`]
    : [];
  return { entries, leftOut };
}

/** Turns an incoming entry into a journal entry of this vault, checked like any other. */
export function toJournalEntry(e: IncomingEntry, id: string): JournalEntry {
  return JournalEntry.parse({ id, leaderId: null, mood: null, ...e });
}
