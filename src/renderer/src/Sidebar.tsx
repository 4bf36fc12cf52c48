import {
  CalendarClock,
  Command,
  LayoutDashboard,
  ListChecks,
  Lock,
  NotebookPen,
  PiggyBank,
  Settings,
  Trophy,
  Users,
  type LucideIcon,
} from 'lucide-react';
import type { ReactNode } from 'react';
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

/** The sidebar: navigation between areas, the command palette, Lock now. */
export function Sidebar({
  current,
  onLock,
  onPalette,
}: {
  current: string;
  onLock: () => void;
  onPalette: () => void;
}): ReactNode {
  return (
    <aside className="sidebar">
      <div className="sidebar-brand">
        <Brand />
      </div>
      <nav aria-label="Main">
        <ul className="list nav-list">
          {routes.map((r) => {
            const Icon = ICONS[r.prefix] ?? LayoutDashboard;
            return (
              <li key={r.prefix}>
                <Link
                  to={`/${r.prefix}`}
                  className={`nav-item${r.prefix === current ? ' active' : ''}`}
                  aria-current={r.prefix === current ? 'page' : undefined}
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
        <button type="button" className="nav-item" onClick={onPalette}>
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
    </aside>
  );
}
