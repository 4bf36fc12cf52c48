import Mention, { type MentionNodeAttrs } from '@tiptap/extension-mention';
import type { SuggestionOptions } from '@tiptap/suggestion';

/** Something that can be mentioned: a leader, or a meeting. */
export interface MentionItem {
  id: string;
  label: string;
  kind: 'leader' | 'meeting';
}

/** The attributes a chosen mention inserts. */
export type { MentionNodeAttrs };

/** Where the editor looks up what to mention as the user types after "@". */
export type MentionSource = (query: string) => Promise<MentionItem[]>;

/**
 * @-mentions of leaders and meetings. The node keeps the id, the label at the
 * time of writing and the kind, so exports can show the current name and the UI
 * can link to the right screen.
 */
export const RichMention = Mention.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      kind: {
        default: 'leader',
        parseHTML: (el: HTMLElement) =>
          el.getAttribute('data-kind') === 'meeting' ? 'meeting' : 'leader',
        renderHTML: (attrs: { kind?: string }) => ({ 'data-kind': attrs.kind ?? 'leader' }),
      },
    };
  },
}).configure({
  HTMLAttributes: { class: 'mention' },
  renderText: ({ node }) => `@${String(node.attrs.label ?? node.attrs.id ?? '')}`,
  renderHTML: ({ options, node }) => [
    'span',
    options.HTMLAttributes,
    `@${String(node.attrs.label ?? node.attrs.id ?? '')}`,
  ],
});

/** The suggestion settings of the mention node, minus rendering (the editor component draws the menu). */
export function mentionSuggestion(
  source: MentionSource,
  render: NonNullable<SuggestionOptions<MentionItem, MentionNodeAttrs>['render']>,
): Partial<SuggestionOptions<MentionItem, MentionNodeAttrs>> {
  return {
    char: '@',
    allowSpaces: true,
    items: async ({ query }) => {
      try {
        return (await source(query)).slice(0, 8);
      } catch {
        return [];
      }
    },
    command: ({ editor, range, props }) => {
      editor
        .chain()
        .focus()
        .insertContentAt(range, [
          {
            type: 'mention',
            attrs: {
              id: props.id,
              label: props.label,
              kind: (props as Partial<MentionItem>).kind ?? 'leader',
            },
          },
          { type: 'text', text: ' ' },
        ])
        .run();
    },
    render,
  };
}
