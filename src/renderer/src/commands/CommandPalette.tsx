import { Command as Cmdk } from 'cmdk';
import { useEffect, useRef, type ReactNode } from 'react';
import { useReturnFocus } from '../lib/focus';
import { allCommands } from './index';
import type { CommandContext } from './types';

/** The command palette: every action of the app, searchable, keyboard only if you like. */
export function CommandPalette({
  open,
  onClose,
  ctx,
}: {
  open: boolean;
  onClose: () => void;
  ctx: CommandContext;
}): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  useReturnFocus(open, { palette: true });
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      d.querySelector<HTMLInputElement>('[cmdk-input]')?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);
  const groups = [...new Set(allCommands.map((c) => c.group))];
  return (
    <dialog ref={ref} className="dialog palette" aria-label="Command palette" onClose={onClose}>
      {open && (
        <Cmdk label="Command palette" loop>
          <Cmdk.Input autoFocus placeholder="Type a command or search…" aria-label="Command" />
          <Cmdk.List>
            <Cmdk.Empty>No matching command.</Cmdk.Empty>
            {groups.map((g) => (
              <Cmdk.Group key={g} heading={g}>
                {allCommands
                  .filter((c) => c.group === g)
                  .map((c) => (
                    <Cmdk.Item
                      key={c.id}
                      value={`${c.title} ${c.id}`}
                      keywords={c.keywords}
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
          </Cmdk.List>
        </Cmdk>
      )}
    </dialog>
  );
}
