import type { EditorOptions, Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Highlight from '@tiptap/extension-highlight';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import type { SuggestionOptions } from '@tiptap/suggestion';
import { LinkOpener, SafeLink, linkOptions } from './extensions/safeLink/safeLink';
import {
  RichMention,
  mentionSuggestion,
  type MentionItem,
  type MentionNodeAttrs,
  type MentionSource,
} from './extensions/richMention/richMention';
import { SafePaste } from './extensions/safePaste/safePaste';
import { DeferredScroll } from './extensions/deferredScroll/deferredScroll';
import { DirectTyping } from './extensions/directTyping/directTyping';

/**
 * Tiptap's own extensions the editor runs. `delete` is left out: it only reports deletions
 * to `onDelete` listeners (the editor has none), and did so by replaying each transaction's
 * steps on the previous document and setting a timer, on every key.
 */
export const CORE_EXTENSIONS: EditorOptions['enableCoreExtensions'] = { delete: false };

/** What the editor's extensions are built from. */
export interface EditorExtensionOptions {
  placeholder?: string;
  /** Opens a link in the system browser. */
  openLink?: (href: string) => void;
  /** Enables @-mentions, looked up here. */
  mentionSource?: MentionSource;
  /** Draws the mention menu. */
  renderMentions?: NonNullable<SuggestionOptions<MentionItem, MentionNodeAttrs>['render']>;
}

/**
 * The editor's schema and behaviour: exactly the nodes and marks rich text may hold
 * (see RICH_NODES / RICH_MARKS in shared), Markdown input rules and the usual shortcuts
 * from StarterKit, safe links, cleaned paste and mentions.
 */
export function createExtensions(opts: EditorExtensionOptions = {}): Extensions {
  const mention = RichMention.configure(
    opts.mentionSource && opts.renderMentions
      ? { suggestion: mentionSuggestion(opts.mentionSource, opts.renderMentions) }
      : {},
  );
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      codeBlock: false,
      link: false,
    }),
    SafeLink.configure(linkOptions),
    Highlight.configure({ multicolor: false }),
    TaskList,
    TaskItem.configure({
      nested: true,
      a11y: {
        checkboxLabel: (node, checked) =>
          `${checked ? 'Done' : 'To do'}: ${node.textContent || 'empty task'}`,
      },
    }),
    mention,
    Placeholder.configure({ placeholder: opts.placeholder ?? '' }),
    LinkOpener.configure({ openLink: opts.openLink ?? (() => undefined) }),
    SafePaste,
    DeferredScroll,
    DirectTyping,
  ];
}
