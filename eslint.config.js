// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'module',
  'net',
  'os',
  'path',
  'process',
  'readline',
  'stream',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];
const noNode = [
  { group: ['node:*'], message: 'This layer does not run in Node: no Node modules here.' },
];
const noNodeNames = NODE_BUILTINS.map((name) => ({
  name,
  message: 'This layer does not run in Node: no Node modules here.',
}));
const noElectron = {
  name: 'electron',
  message: 'Only the Electron shell (src/main outside core, src/preload) may import electron.',
};

/** The layer table of ARCHITECTURE.md: imports only point down. */
const layerZones = [
  {
    target: './src/shared',
    from: ['./src/main', './src/preload', './src/renderer', './e2e'],
    message: 'src/shared imports libraries only.',
  },
  {
    target: './src/main/core',
    from: './src/main',
    except: ['./core'],
    message: 'Core must not depend on the Electron shell.',
  },
  {
    target: './src/main/core',
    from: ['./src/preload', './src/renderer', './e2e'],
    message: 'Core imports shared and Node only.',
  },
  {
    target: './src/main',
    from: ['./src/preload', './src/renderer', './e2e'],
    message: 'Main imports core and shared only.',
  },
  {
    target: './src/preload',
    from: ['./src/main', './src/renderer', './e2e'],
    message: 'The preload imports shared only.',
  },
  {
    target: './src/renderer',
    from: ['./src/main', './src/preload', './e2e'],
    message: 'The renderer reaches main only through window.api.',
  },
];

/** Electron security: settings that must never be weakened. */
const insecureWebPreferences = [
  ['nodeIntegration', 'true'],
  ['nodeIntegrationInWorker', 'true'],
  ['nodeIntegrationInSubFrames', 'true'],
  ['contextIsolation', 'false'],
  ['sandbox', 'false'],
  ['webSecurity', 'false'],
  ['allowRunningInsecureContent', 'true'],
  ['webviewTag', 'true'],
  ['experimentalFeatures', 'true'],
].map(([key, value]) => ({
  selector: `Property[key.name='${key}'][value.value=${value}]`,
  message: `Electron security: ${key} must not be ${value}.`,
}));

/** Dates and times are written by src/shared/dateTime.ts only, so the user's settings hold everywhere. */
const DATES_ONE_WAY =
  'Write dates and times through src/shared/dateTime.ts (it follows the date-format and 12/24-hour settings).';
const dateFormatting = [
  { object: 'Intl', property: 'DateTimeFormat', message: DATES_ONE_WAY },
  { property: 'toLocaleDateString', message: DATES_ONE_WAY },
  { property: 'toLocaleTimeString', message: DATES_ONE_WAY },
  {
    property: 'toLocaleString',
    message: `${DATES_ONE_WAY} For numbers, use Intl.NumberFormat.`,
  },
  { property: 'toFormat', message: `${DATES_ONE_WAY} (luxon's toFormat)` },
  { property: 'toLocaleParts', message: DATES_ONE_WAY },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'coverage/**',
      '**/*.fixture-bad.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Files the layer-rule test lints from text, to prove the rule fires.
          allowDefaultProject: [
            'src/main/core/layer-fixture.ts',
            'src/main/layer-fixture.ts',
            'src/shared/layer-fixture.ts',
            'src/renderer/src/layer-fixture.ts',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      'no-console': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'no-restricted-syntax': ['error', ...insecureWebPreferences],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/shared/dateTime.ts', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: { 'no-restricted-properties': ['error', ...dateFormatting] },
  },
  {
    // What the vault reads is decoded in one place (vault/utf8.ts): Buffer#toString('utf8')
    // leaves its fast path at the first character outside ASCII.
    files: ['src/main/core/**/*.ts'],
    ignores: ['src/main/core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...insecureWebPreferences,
        {
          selector:
            "CallExpression[callee.property.name='toString'][arguments.0.value=/^utf-?8$/i]",
          message:
            'Decode UTF-8 with readUtf8 (core/vault/utf8.ts): toString is slow on text outside ASCII.',
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, ...noNodeNames], patterns: noNode }],
    },
  },
  {
    files: ['src/main/core/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, ...noNodeNames], patterns: noNode }],
    },
  },
  {
    // Only the binder and the preload touch raw IPC; everything else goes through the contract.
    files: ['src/main/**', 'src/preload/**'],
    ignores: [
      'src/main/core/**',
      'src/main/ipcBinder.ts',
      'src/main/index.ts',
      'src/preload/index.ts',
      'src/main/**/*.test.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Use the IPC contract and its binder, never raw ipcMain/ipcRenderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/core/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...insecureWebPreferences,
        {
          selector: "CallExpression[callee.property.name=/Sync$/][callee.object.name='fs']",
          message: 'No synchronous fs in main.',
        },
      ],
    },
  },
  {
    files: ['*.config.ts', '*.config.js', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
