import { Command as Cmdk } from 'cmdk';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  SEARCH_KIND_LABELS,
  type ContentHit,
  type SearchKind,
} from '../../../shared/ipc/areas/search';
import { api } from '../lib/api';
import { formatDate } from '../lib/format';
import { useSettings } from '../lib/settings';
import { Highlight } from '../screens/journal/Highlight';
import { useReturnFocus } from '../lib/focus';
import { useModalDialog } from '../ui/useModalDialog';
import { allCommands } from './index';
import { matchCommands } from './matchCommands';
import type { CommandContext } from './types';

type Groups = { kind: SearchKind; hits: ContentHit[] }[];

const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

/** How long typing must pause before the vault is searched. */
const SEARCH_DELAY_MS = 120;

/** Content matching the query, searched once typing pauses; stale answers are dropped. */
function useContentSearch(query: string): { groups: Groups; searching: boolean } {
  const [result, setResult] = useState<{ query: string; groups: Groups }>({
    query: '',
    groups: [],
  });
  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let current = true;
    const timer = setTimeout(() => {
      api.search
        .everything({ query: q })
        .then((r) => current && setResult({ query: q, groups: r.groups }))
        .catch(() => current && setResult({ query: q, groups: [] }));
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  const q = query.trim();
  return {
    groups: q && result.query === q ? result.groups : [],
    searching: q !== '' && result.query !== q,
  };
}

/** The command palette: every action of the app and everything in the vault, searchable, keyboard only if you like. */
export function CommandPalette({
  open,
  onClose,
  ctx,
}: {
  open: boolean;
  onClose: () => void;
  ctx: CommandContext;
}): ReactNode {
  const [query, setQuery] = useState('');
  useReturnFocus(open, { palette: true });
  const dialog = useModalDialog(open, onClose, (d) => {
    setQuery('');
    d.querySelector<HTMLInputElement>('[cmdk-input]')?.focus();
  });
  return (
    <dialog
      ref={dialog.ref}
      className="dialog palette"
      aria-label="Command palette"
      onClose={dialog.onClose}
      onCancel={dialog.onCancel}
    >
      {open && <PaletteBody query={query} setQuery={setQuery} onClose={onClose} ctx={ctx} />}
    </dialog>
  );
}

function PaletteBody({
  query,
  setQuery,
  onClose,
  ctx,
}: {
  query: string;
  setQuery: (q: string) => void;
  onClose: () => void;
  ctx: CommandContext;
}): ReactNode {
  const settings = useSettings();
  // With nothing typed, no item is chosen until the user moves to one: Enter alone does nothing.
  const [value, setValue] = useState('');
  const navigated = useRef(false);
  const commands = matchCommands(allCommands, query);
  const commandGroups = [...new Set(commands.map((c) => c.group))];
  const { groups, searching } = useContentSearch(query);
  const empty = query.trim() === '';

  const onQuery = (q: string): void => {
    setQuery(q);
    navigated.current = false;
    if (!q.trim()) setValue('');
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (NAVIGATION_KEYS.has(e.key)) navigated.current = true;
    if (e.key === 'Enter' && (value === '' || e.nativeEvent.isComposing)) e.preventDefault();
  };
  const onValueChange = (v: string): void => {
    // cmdk picks the first item by itself; with nothing typed, only the user's own move counts.
    if (empty && !navigated.current) return;
    setValue(v);
  };
  const open = (route: string): void => {
    onClose();
    ctx.navigate(route);
  };

  return (
    <Cmdk
      label="Command palette"
      loop
      shouldFilter={false}
      value={value}
      onValueChange={onValueChange}
      onKeyDown={onKeyDown}
    >
      <Cmdk.Input
        autoFocus
        placeholder="Type a command or search…"
        aria-label="Command"
        value={query}
        onValueChange={onQuery}
      />
      <Cmdk.List onPointerMove={() => (navigated.current = true)}>
        {!searching && (
          <Cmdk.Empty>
            Nothing matches “{query.trim()}”: no command, and nothing in your vault.
          </Cmdk.Empty>
        )}
        {commandGroups.map((g) => (
          <Cmdk.Group key={g} heading={g}>
            {commands
              .filter((c) => c.group === g)
              .map((c) => (
                <Cmdk.Item
                  key={c.id}
                  value={commandValue(c)}
                  onSelect={() => {
                    onClose();
                    void c.run(ctx);
                  }}
                >
                  <span>{c.title}</span>
                  {c.shortcut && <span className="kbd">{c.shortcut}</span>}
                </Cmdk.Item>
              ))}
          </Cmdk.Group>
        ))}
        {groups.map((g) => (
          <Cmdk.Group key={g.kind} heading={SEARCH_KIND_LABELS[g.kind]}>
            {g.hits.map((h) => (
              <Cmdk.Item
                key={h.key}
                value={h.key}
                className="palette-hit"
                onSelect={() => open(h.route)}
              >
                <span className="palette-hit-text">
                  <span className="palette-hit-title">
                    <Highlight text={h.title} ranges={h.titleRanges} />
                  </span>
                  {h.detail && (
                    <span className="palette-hit-detail">
                      <Highlight text={h.detail} ranges={h.detailRanges} />
                    </span>
                  )}
                </span>
                {h.date && (
                  <span className="palette-hit-date">
                    {formatDate(h.date, settings.dateFormat)}
                  </span>
                )}
              </Cmdk.Item>
            ))}
          </Cmdk.Group>
        ))}
        {searching && groups.length === 0 && (
          <Cmdk.Loading label="Searching your vault">Searching your vault…</Cmdk.Loading>
        )}
      </Cmdk.List>
    </Cmdk>
  );
}

/** The value cmdk tracks for a command (unique, never a content key). */
function commandValue(c: { id: string }): string {
  return `command:${c.id}`;
}
