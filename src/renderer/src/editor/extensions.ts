import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Highlight from '@tiptap/extension-highlight';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import type { SuggestionOptions } from '@tiptap/suggestion';
import { LinkOpener, linkOptions } from './extensions/safeLink/safeLink';
import {
  RichMention,
  mentionSuggestion,
  type MentionItem,
  type MentionNodeAttrs,
  type MentionSource,
} from './extensions/richMention/richMention';
import { SafePaste } from './extensions/safePaste/safePaste';

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
      link: linkOptions,
    }),
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
  ];
}
