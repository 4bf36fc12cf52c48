import {
  useLayoutEffect,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
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
 *
 * The menu itself is set up only once the button is approached (pointer over it, focus, a
 * press): each menu listens to every key of the page, and a 1:1 with a hundred agenda items
 * would otherwise run a hundred listeners at every key typed in its notes.
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
  const [armed, setArmed] = useState(false);
  const [open, setOpen] = useState(false);
  const hadFocus = useRef(false);
  const ref = useRef<HTMLButtonElement>(null);
  // Setting the menu up puts a new button in place of the plain one: focus stays on it.
  useLayoutEffect(() => {
    if (armed && hadFocus.current) ref.current?.focus();
    hadFocus.current = false;
  }, [armed]);

  const button = (extra: ButtonHTMLAttributes<HTMLButtonElement> = {}): ReactNode => (
    <button
      ref={ref}
      type="button"
      className={`icon-btn menu-trigger ${className}`}
      aria-label={label}
      title={label}
      aria-haspopup="menu"
      aria-expanded={open}
      {...extra}
    >
      <MoreHorizontal size={16} aria-hidden="true" />
    </button>
  );

  if (!armed) {
    // Set up at once (not at React's next turn), so that the press that follows lands on the
    // menu's own button.
    const arm = (): void => {
      hadFocus.current = document.activeElement === ref.current;
      flushSync(() => setArmed(true));
    };
    const armOpen = (): void => {
      hadFocus.current = false;
      flushSync(() => {
        setArmed(true);
        setOpen(true);
      });
    };
    // What opens the menu once set up opens it too before (a press with no hover first: touch,
    // a key at once, a screen reader's click).
    return button({
      onPointerEnter: arm,
      onFocus: arm,
      onPointerDown: (e) => {
        if (e.button !== 0 || e.ctrlKey) return;
        // As the menu's button does: no focus to the button, which would close the menu.
        e.preventDefault();
        armOpen();
      },
      onKeyDown: (e) => {
        if (e.key !== 'Enter' && e.key !== ' ' && e.key !== 'ArrowDown') return;
        e.preventDefault();
        armOpen();
      },
      onClick: armOpen,
    });
  }
  return (
    <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
      <DropdownMenu.Trigger asChild>{button()}</DropdownMenu.Trigger>
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
