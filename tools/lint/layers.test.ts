import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `path` and returns the rule ids that fired. */
async function rulesFired(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('the layer rule', () => {
  it('fails core importing electron', async () => {
    expect(
      await rulesFired(
        'src/main/core/layer-fixture.ts',
        "import { app } from 'electron';\nexport const x = app;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('fails the renderer importing node:fs or fs', async () => {
    expect(
      await rulesFired(
        'src/renderer/src/layer-fixture.ts',
        "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFired(
        'src/renderer/src/layer-fixture.ts',
        "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('fails shared importing anything of the app', async () => {
    expect(
      await rulesFired(
        'src/shared/layer-fixture.ts',
        "import { AppError } from '../main/core/errors';\nexport const x = AppError;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await rulesFired(
        'src/shared/layer-fixture.ts',
        "import { join } from 'node:path';\nexport const x = join;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('fails core importing the shell, and the renderer importing main', async () => {
    expect(
      await rulesFired(
        'src/main/core/layer-fixture.ts',
        "import { isAppUrl } from '../security';\nexport const x = isAppUrl;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await rulesFired(
        'src/renderer/src/layer-fixture.ts',
        "import { createCore } from '../../main/core/core';\nexport const x = createCore;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('fails raw ipcMain outside the binder and weakened web preferences', async () => {
    expect(
      await rulesFired(
        'src/main/layer-fixture.ts',
        "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFired(
        'src/main/layer-fixture.ts',
        'export const prefs = { nodeIntegration: true, contextIsolation: false };\n',
      ),
    ).toContain('no-restricted-syntax');
  });

  it('accepts imports that point down the table', async () => {
    expect(
      await rulesFired(
        'src/main/core/layer-fixture.ts',
        "import { Settings } from '../../shared/domain/settings';\nexport const x = Settings;\n",
      ),
    ).toEqual([]);
  });
});

describe('the one-way-to-write-dates rule', () => {
  it('fails dates formatted outside src/shared/dateTime.ts, in every layer', async () => {
    const samples = [
      'export const x = new Date().toLocaleDateString();\n',
      "export const x = new Date().toLocaleString('en-GB');\n",
      'export const x = new Intl.DateTimeFormat(undefined).format(new Date());\n',
      "import { DateTime } from 'luxon';\nexport const x = DateTime.now().toFormat('d LLLL');\n",
    ];
    for (const path of [
      'src/renderer/src/layer-fixture.ts',
      'src/main/core/layer-fixture.ts',
      'src/main/layer-fixture.ts',
      'src/shared/layer-fixture.ts',
    ])
      for (const code of samples)
        expect(await rulesFired(path, code), `${path}: ${code}`).toContain(
          'no-restricted-properties',
        );
  });
});
