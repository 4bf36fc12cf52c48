import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { FirstData } from './lib/firstData';
import { handOverOnce, type Prerendered } from './lib/prerendered';

/**
 * Renders the app into `root`. The first render is the first screen itself, drawn with main's
 * answers already in hand: no "opening" render first, and no second render when the settings
 * arrive. It is rendered in the task that brought the answers, not one scheduled after it: a
 * frame in between would be blank. A prerendered screen on the page is taken over in that same
 * task, with what the user typed into it.
 */
export function start(
  root: HTMLElement,
  firstData: Promise<FirstData>,
  prerendered: Prerendered | null,
): void {
  void firstData.then(({ status, settings }) => {
    const takeCarried = handOverOnce(prerendered?.takeOver() ?? null);
    root.replaceChildren();
    const app = createRoot(root);
    flushSync(() =>
      app.render(
        <StrictMode>
          <App initialStatus={status} initialSettings={settings} takeCarried={takeCarried} />
        </StrictMode>,
      ),
    );
  });
}
