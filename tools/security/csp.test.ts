import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Reads the CSP the page declares, as directive → sources. */
async function csp(file: string): Promise<Map<string, string[]>> {
  const html = await readFile(resolve(root, file), 'utf8');
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error(`${file} declares no Content-Security-Policy`);
  return new Map(
    m[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('the Content Security Policy', () => {
  it('starts from nothing and allows only the app’s own scripts, styles, images and fonts', async () => {
    const policy = await csp('src/renderer/index.html');
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    // Beside the app's own stylesheets, only Radix Select's two fixed inline styles, each
    // allowed by the hash of its exact text and nothing else (decision 075).
    expect(policy.get('style-src')).toEqual([
      "'self'",
      "'sha256-441zG27rExd4/il+NvIqyL8zFx5XmyNQtE381kSkUJk='",
      "'sha256-nzTgYzXYDNe6BAHiiI7NNlfK8n/auuOAhh2t92YvuXo='",
    ]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    for (const sources of policy.values()) {
      expect(sources.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    }
  });

  it('is the policy of the built page too', async () => {
    const built = resolve(root, 'out/renderer/index.html');
    const exists = await readFile(built, 'utf8').then(
      () => true,
      () => false,
    );
    if (!exists) return; // The build runs after unit tests in `npm test`; e2e checks the built page.
    expect(await csp('out/renderer/index.html')).toEqual(await csp('src/renderer/index.html'));
  });

  it('runs no inline script or style, and names only its own files (the built page too)', async () => {
    for (const file of ['src/renderer/index.html', 'out/renderer/index.html']) {
      const html = await readFile(resolve(root, file), 'utf8').catch(() => null);
      if (html === null) continue; // Not built yet: see above.
      // Every <script> loads a file; no <style> element and no style attribute.
      for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
        expect(script, file).toMatch(/^<script\b[^>]*\bsrc="\.\/[^"]+"[^>]*><\/script>$/);
      expect(html, file).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
      // Whatever it links to is the app's own (a file beside it), or the empty icon.
      for (const [, url] of html.matchAll(/\b(?:src|href)="([^"]*)"/g))
        expect(url, file).toMatch(/^(\.\/(?!\.)[^:]+|data:,)$/);
    }
  });

  it('bundles its fonts: no stylesheet points outside the app', async () => {
    const css = await readFile(
      resolve(root, 'node_modules/@fontsource-variable/inter/index.css'),
      'utf8',
    );
    expect(css).not.toMatch(/url\((['"])?https?:/);
  });
});
