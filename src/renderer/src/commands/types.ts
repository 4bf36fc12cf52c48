/** What a command can use when it runs. */
export interface CommandContext {
  navigate: (path: string) => void;
  /** Locks the vault now. */
  lock: () => void;
}

/** One action of the command palette (Ctrl/Cmd+K). */
export interface Command {
  id: string;
  title: string;
  group: string;
  keywords?: string[];
  /** Shown beside the title, e.g. `Ctrl+L`. */
  shortcut?: string;
  run: (ctx: CommandContext) => void | Promise<void>;
}
