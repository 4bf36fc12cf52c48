import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
  type MouseEvent,
} from 'react';

interface RouterValue {
  path: string;
  navigate: (path: string) => void;
}

const RouterContext = createContext<RouterValue>({ path: '/', navigate: () => undefined });

function readHash(): string {
  const h = window.location.hash.replace(/^#/, '');
  return h.startsWith('/') ? h : '/dashboard';
}

/** Hash-based routing: works from file:// and keeps the screen across a lock. */
export function RouterProvider({ children }: { children: ReactNode }): ReactNode {
  const [path, setPath] = useState(readHash);
  useEffect(() => {
    const onHash = (): void => setPath(readHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((to: string) => {
    if (readHash() !== to) window.location.hash = to;
    setPath(to);
  }, []);
  const value = useMemo(() => ({ path, navigate }), [path, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** The current route: its path and its segments (`/leaders/abc` → `['leaders', 'abc']`). */
export function useRoute(): { path: string; segments: string[]; navigate: (path: string) => void } {
  const { path, navigate } = useContext(RouterContext);
  const clean = path.split('?')[0];
  return { path, segments: clean.split('/').filter(Boolean), navigate };
}

/** Navigates without a full hook (for command handlers). */
export function useNavigate(): (path: string) => void {
  return useContext(RouterContext).navigate;
}

/** An in-app link. */
export function Link({
  to,
  children,
  className,
  onClick: alsoOnClick,
  ...rest
}: { to: string; children: ReactNode; className?: string } & Omit<
  React.AnchorHTMLAttributes<HTMLAnchorElement>,
  'href'
>): ReactNode {
  const { navigate } = useContext(RouterContext);
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    alsoOnClick?.(e);
    if (e.metaKey || e.ctrlKey || e.button !== 0) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={`#${to}`} className={className} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
