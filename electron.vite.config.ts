import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { prerenderFirstScreen } from './tools/build/prerenderFirstScreen';

/** The font file the first screen's text is drawn with (Inter, Latin letters). */
const FIRST_SCREEN_FONT = '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2';

/**
 * Asks for the first screen's font from the page itself, beside its script and stylesheet,
 * instead of once the first screen has been laid out: the screen is drawn in its own font at
 * once, not in a fallback that is laid out again when the font arrives.
 */
function preloadFirstScreenFont(): Plugin {
  return {
    name: 'upward:preload-first-screen-font',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const font = Object.values(ctx.bundle).find(
          (file) =>
            file.type === 'asset' &&
            file.originalFileNames.some((name) => name.endsWith(FIRST_SCREEN_FONT)),
        );
        if (!font) throw new Error(`The build has no ${FIRST_SCREEN_FONT} to preload.`);
        return [
          {
            tag: 'link',
            // Fonts are always fetched in CORS mode: `crossorigin` lets the stylesheet use this fetch.
            attrs: {
              rel: 'preload',
              href: `./${font.fileName}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Calendar files are read in a worker thread; its entry is built beside index.js.
          icsWorker: resolve(__dirname, 'src/main/core/calendar/icsWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() anything: bundle it into one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: {
      // The first screen's code is parsed on every start: ship it minified. UPWARD_NO_MINIFY=1
      // keeps the names, for reading CPU profiles (`npm run bench -- --profile DIR`).
      minify: !process.env.UPWARD_NO_MINIFY,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [
      react(),
      preloadFirstScreenFont(),
      prerenderFirstScreen(resolve(__dirname, 'src/renderer/src/screens/vault/prerender.tsx')),
    ],
  },
});
