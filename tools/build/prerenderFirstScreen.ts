import { runnerImport, type Plugin } from 'vite';

const ID = 'virtual:upward/prerendered';
const RESOLVED = `\0${ID}`;

const NO_STYLES = '\0upward:no-styles';

/** Markup needs no styles: the screen's stylesheet imports load nothing while it is rendered. */
function withoutStyles(): Plugin {
  return {
    name: 'upward:prerender-without-styles',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('.css') ? NO_STYLES : undefined),
    load: (id) => (id === NO_STYLES ? 'export {};' : undefined),
  };
}

/**
 * Provides `virtual:upward/prerendered`: the unlock screen's markup (`unlockMarkup`), rendered
 * from the app's own Unlock screen when the app is built, for the page to draw before the app's
 * code has loaded (see the renderer's `lib/prerendered`). `source` is the module that renders
 * it (`screens/vault/prerender.tsx`), by absolute path: the config that calls this is bundled
 * into a folder of the build tool's choosing.
 */
export function prerenderFirstScreen(source: string): Plugin {
  return {
    name: 'upward:prerender-first-screen',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // The screen's modules read `window.api` when loaded; it is never called while rendering.
      const g = globalThis as { window?: unknown };
      const hadWindow = 'window' in g;
      if (!hadWindow) g.window = { api: {} };
      try {
        const { module } = await runnerImport<{ renderUnlockMarkup: () => string }>(source, {
          configFile: false,
          logLevel: 'error',
          plugins: [withoutStyles()],
        });
        return `export const unlockMarkup = ${JSON.stringify(module.renderUnlockMarkup())};`;
      } finally {
        if (!hadWindow) delete g.window;
      }
    },
  };
}
