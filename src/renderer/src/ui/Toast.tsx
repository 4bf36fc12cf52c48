import { X } from 'lucide-react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/** A button on a notice, e.g. "Open" after an export. */
export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  actions: readonly ToastAction[];
}

type Show = (message: string, tone?: 'info' | 'error', actions?: readonly ToastAction[]) => void;

const ToastContext = createContext<Show>(() => undefined);

let nextId = 0;

/** How many notices show at once; older ones give way. */
const MAX_SHOWN = 3;

/**
 * Hosts short notices in a strip along the bottom of the window, announced to screen
 * readers. The page is shortened by the strip's height while a notice shows, so a notice
 * never covers a control. Every notice has a close button; one with actions stays until
 * closed or replaced, so there is time to use them.
 */
export function ToastProvider({ children }: { children: ReactNode }): ReactNode {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const region = useRef<HTMLDivElement>(null);
  const dismiss = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), []);
  const show = useCallback<Show>(
    (message, tone = 'info', actions = []) => {
      nextId += 1;
      const id = nextId;
      // At most three at once, and the same words never twice: a repeat replaces the older one.
      setToasts((t) => [
        ...t.filter((x) => x.message !== message || x.actions.length > 0).slice(-(MAX_SHOWN - 1)),
        { id, message, tone, actions },
      ]);
      if (actions.length === 0) setTimeout(() => dismiss(id), tone === 'error' ? 8000 : 4000);
    },
    [dismiss],
  );
  // Reserve the strip's height at the bottom of the page while it shows notices.
  useEffect(() => {
    const el = region.current;
    const root = document.documentElement;
    if (!el) return;
    const apply = (): void =>
      root.style.setProperty('--toast-reserve', `${toasts.length ? el.offsetHeight : 0}px`);
    apply();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    return () => observer.disconnect();
  }, [toasts.length]);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite" ref={region}>
        {toasts.map((t) => (
          <div key={t.id} className={`toast${t.tone === 'error' ? ' toast-error' : ''}`}>
            <span className="toast-message">{t.message}</span>
            {t.actions.map((a) => (
              <button
                key={a.label}
                type="button"
                className="toast-action"
                onClick={() => void a.run()}
              >
                {a.label}
              </button>
            ))}
            <button
              type="button"
              className="toast-close"
              aria-label="Dismiss notice"
              onClick={() => dismiss(t.id)}
            >
              <X size={14} aria-hidden="true" />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** Shows a short notice: `toast('Saved')`, `toast(message, 'error')`, or with action buttons. */
export function useToast(): Show {
  return useContext(ToastContext);
}
