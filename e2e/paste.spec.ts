import { EVASION_PASTES } from '../src/renderer/src/editor/extensions/safePaste/evasionCorpus';
import { HOSTILE_PASTES } from '../src/renderer/src/editor/extensions/safePaste/hostileCorpus';
import { expect, test } from './fixtures/app';
import { JournalPage } from './pages/journal';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

/** What one paste left behind. */
interface Outcome {
  violations: string[];
  errors: string[];
  bad: number;
  text: string;
  pwned: unknown;
}

/**
 * Every hostile paste of the corpus, pasted into a real editor under the app's real CSP: nothing
 * runs, nothing loads, the browser reports no policy violation, the sanitiser throws nothing, and
 * the words stay.
 */
test('pasting the hostile corpus runs nothing, loads nothing and trips no security policy', async ({
  app,
}) => {
  test.setTimeout(60_000);
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  await journal.newEntry();
  await journal.body.click();
  // Listened for in the page: violations and errors are counted per sample, not only at the end.
  await page.evaluate(`(() => {
    window.__violations = [];
    window.__errors = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '')));
    window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
  })()`);
  const results: (Outcome & { name: string })[] = [];
  for (const sample of [...HOSTILE_PASTES, ...EVASION_PASTES]) {
    const r = await page.evaluate(
      ([html]) => {
        const w = window as unknown as {
          __violations: string[];
          __errors: string[];
          __pwned?: unknown;
        };
        w.__violations.length = 0;
        w.__errors.length = 0;
        const editor = document.querySelector('.rte-content') as HTMLElement;
        editor.focus();
        document.getSelection()?.selectAllChildren(editor);
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'plain');
        editor.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
        return new Promise<Outcome>((resolve) =>
          setTimeout(
            () =>
              resolve({
                violations: [...w.__violations],
                errors: [...w.__errors],
                bad: document.querySelectorAll(
                  '.rte-content img:not(.ProseMirror-separator), .rte-content script, .rte-content iframe, .rte-content object, .rte-content embed, .rte-content svg, .rte-content [style], .rte-content [onerror], .rte-content [onclick], .rte-content [onload]',
                ).length,
                text: editor.textContent ?? '',
                pwned: w.__pwned ?? null,
              }),
            50,
          ),
        );
      },
      [sample.html] as const,
    );
    results.push({ name: sample.name, ...r });
  }
  const missing = [...HOSTILE_PASTES, ...EVASION_PASTES].flatMap((sample, i) =>
    sample.keeps.filter((w) => !results[i].text.includes(w)).map((w) => `${sample.name}: ${w}`),
  );
  expect(missing, 'words lost by the cleaning').toEqual([]);
  expect(
    results.filter((r) => r.violations.length || r.errors.length || r.bad || r.pwned !== null),
    'samples that tripped the policy, threw, ran or left something active in the editor',
  ).toEqual([]);
});
