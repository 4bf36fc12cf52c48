import type { ReactNode } from 'react';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { MoreHorizontal } from 'lucide-react';

/** One entry of a menu: a label, what it does, and whether it is a destructive one. */
export interface MenuEntry {
  label: string;
  onSelect: () => void;
  icon?: ReactNode;
  danger?: boolean;
  disabled?: boolean;
}

/**
 * An always-visible "…" button opening a menu of actions (Radix's dropdown menu: a button
 * with aria-haspopup, arrow keys and typeahead inside, Escape or a choice returns focus to
 * the button). `label` names the button for screen readers and as its tooltip.
 */
export function MenuButton({
  label,
  entries,
  className = '',
}: {
  label: string;
  entries: MenuEntry[];
  className?: string;
}): ReactNode {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button
          type="button"
          className={`icon-btn menu-trigger ${className}`}
          aria-label={label}
          title={label}
        >
          <MoreHorizontal size={16} aria-hidden="true" />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8}>
          {entries.map((e) => (
            <DropdownMenu.Item
              key={e.label}
              className={`menu-item${e.danger ? ' is-danger' : ''}`}
              disabled={e.disabled}
              onSelect={e.onSelect}
            >
              {e.icon && (
                <span className="menu-item-icon" aria-hidden="true">
                  {e.icon}
                </span>
              )}
              {e.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
