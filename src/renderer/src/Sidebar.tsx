import {
  CalendarClock,
  Command,
  LayoutDashboard,
  ListChecks,
  Lock,
  Menu,
  NotebookPen,
  PiggyBank,
  Settings,
  Trophy,
  Users,
  X,
  type LucideIcon,
} from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from './lib/router';
import { NextOneOnOne } from './reminders/NextOneOnOne';
import { routes } from './routes';
import { Brand } from './screens/vault/Brand';

const ICONS: Record<string, LucideIcon> = {
  dashboard: LayoutDashboard,
  meetings: CalendarClock,
  actions: ListChecks,
  leaders: Users,
  journal: NotebookPen,
  goodwill: PiggyBank,
  review: Trophy,
  settings: Settings,
};

const isMac = navigator.userAgent.includes('Mac');
const mod = isMac ? '⌘' : 'Ctrl';

/**
 * The sidebar: navigation between areas, the command palette, Lock now. On a narrow window
 * (or at a high zoom) it folds into a bar with a Menu button that shows and hides the rest.
 */
export function Sidebar({
  current,
  onLock,
  onPalette,
}: {
  current: string;
  onLock: () => void;
  onPalette: () => void;
}): ReactNode {
  const [menuOpen, setMenuOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  // A new screen closes the menu (whatever opened it).
  useEffect(() => setMenuOpen(false), [current]);
  const onPanelKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    button.current?.focus();
  };
  return (
    <aside className={`sidebar${menuOpen ? ' is-open' : ''}`}>
      <div className="sidebar-top">
        <div className="sidebar-brand">
          <Brand />
        </div>
        <button
          ref={button}
          type="button"
          className="sidebar-menu-button"
          aria-expanded={menuOpen}
          aria-controls={panelId}
          onClick={() => setMenuOpen((o) => !o)}
        >
          {menuOpen ? <X size={18} aria-hidden="true" /> : <Menu size={18} aria-hidden="true" />}
          Menu
        </button>
      </div>
      <div id={panelId} className="sidebar-panel" onKeyDown={onPanelKey}>
        <nav aria-label="Main">
          <ul className="list nav-list">
            {routes
              .filter((r) => !r.hidden)
              .map((r) => {
                const Icon = ICONS[r.prefix] ?? LayoutDashboard;
                return (
                  <li key={r.prefix}>
                    <Link
                      to={`/${r.prefix}`}
                      className={`nav-item${r.prefix === current ? ' active' : ''}`}
                      aria-current={r.prefix === current ? 'page' : undefined}
                      onClick={() => setMenuOpen(false)}
                    >
                      <Icon size={17} aria-hidden="true" />
                      {r.label}
                    </Link>
                  </li>
                );
              })}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <NextOneOnOne />
          <button
            type="button"
            className="nav-item"
            onClick={() => {
              setMenuOpen(false);
              onPalette();
            }}
          >
            <Command size={17} aria-hidden="true" />
            Commands
            <span className="kbd" aria-hidden="true">
              {mod}+K
            </span>
          </button>
          <button type="button" className="nav-item" onClick={onLock}>
            <Lock size={17} aria-hidden="true" />
            Lock now
            <span className="kbd" aria-hidden="true">
              {mod}+L
            </span>
          </button>
        </div>
      </div>
    </aside>
  );
}
