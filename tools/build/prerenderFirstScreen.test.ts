import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prerenderFirstScreen } from './prerenderFirstScreen';

type Hook = (this: unknown, id: string) => unknown;

describe('the build’s prerendered unlock screen', () => {
  it('is the app’s Unlock screen as markup, rendered outside a page and leaving no page behind', async () => {
    const plugin = prerenderFirstScreen(
      resolve(import.meta.dirname, '../../src/renderer/src/screens/vault/prerender.tsx'),
    );
    const resolveId = plugin.resolveId as Hook;
    const load = plugin.load as Hook;
    const id = resolveId.call(undefined, 'virtual:upward/prerendered') as string;
    expect(resolveId.call(undefined, './other')).toBeUndefined();
    const code = (await load.call(undefined, id)) as string;
    const match = /^export const unlockMarkup = (".*");$/s.exec(code);
    expect(match).not.toBeNull();
    const markup = JSON.parse(match![1]) as string;
    expect(markup).toMatch(/^<main class="vault-screen">/);
    expect(markup).toContain('<h1 id="');
    expect(markup).toContain('Unlock your vault');
    expect(markup).toMatch(/<input [^>]*type="password"/);
    expect('window' in globalThis).toBe(false);
  }, 60_000);
});
