export { RichEditor, type RichEditorProps } from './RichEditor';
export { SaveIndicator } from './SaveIndicator';
export { useAutosave, type SaveState } from './useAutosave';
export { flushPendingSaves, registerPendingSave } from './pendingSaves';
export { appMentions, leaderMentions, matchMentions } from './mentionSources';
export type { MentionItem, MentionSource } from './extensions/richMention/richMention';
