// @ts-check
// The boundaries of the code, checked by a machine. README "Code boundaries" explains them.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Each `from` may be the `@/` alias or a relative path climbing to `src/`. */
const into = (folder) => `^(@/|(\\.\\./)+)${folder}(/|$)`;

const noDatabaseInApp = [
  { regex: into('server/db/schema'), message: 'Pages, layouts and actions call services in src/server/<domain>; tables are read and written there.' },
  { regex: '^drizzle-orm(/|$)', message: 'Queries belong in a service under src/server/<domain>; call it from here.' },
];
const noRawQueriesInApp = {
  name: '@/server/db/client',
  importNames: ['queryRows', 'openDatabase'],
  message: 'Raw SQL and database handles belong in services under src/server; pass `getDb()` to a service instead.',
};
const noServerValues = (where) => ({
  regex: into('server'),
  allowTypeImports: true,
  message: `${where} may use server types (\`import type\`), not server code: take the data as props, or move the shared value to src/lib.`,
});

/**
 * Modules of src/server that run outside the react-server condition, so may not import server-only: the schema
 * (drizzle-kit loads it) and the check that scripts run with the condition. What scripts/serve.ts (the plain Node
 * process hosting Next.js, whose own React must resolve without the condition) loads lives in src/lib for that reason.
 */
const serverOnlyExceptions = ['src/server/db/schema/**', 'src/server/devstack/react-server-condition.ts'];

/** A file must import `source` (as its first import, with `first`): `server-only` in src/server, the condition check in scripts. */
const requireImport = {
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: { source: { type: 'string' }, first: { type: 'boolean' }, why: { type: 'string' } },
        required: ['source', 'why'],
        additionalProperties: false,
      },
    ],
    messages: { missing: "Start this file with `import '{{source}}';` — {{why}}" },
  },
  create(context) {
    const { source, first = false, why } = context.options[0];
    return {
      Program(program) {
        const imports = program.body.filter((node) => node.type === 'ImportDeclaration');
        const ok = first ? imports[0]?.source.value === source : imports.some((node) => node.source.value === source);
        if (!ok && (!first || imports.length > 0)) context.report({ loc: { line: 1, column: 0 }, messageId: 'missing', data: { source, why } });
      },
    };
  },
};

export default defineConfig(
  globalIgnores([
    '.next/',
    '.cache/',
    '.data/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'next-env.d.ts',
    'bench/results/',
    'public/',
    'data/',
    'drizzle/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  // The React Compiler rules analyse every file they see: give them only the code that renders.
  { files: ['src/app/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  // Next's rules are about code Next bundles: not tests (vitest) or declaration files.
  { files: ['src/**/*.{ts,tsx}'], ignores: ['**/*.test.ts', '**/*.d.ts'], ...nextPlugin.configs['core-web-vitals'] },
  {
    plugins: { badgeboard: { rules: { 'require-import': requireImport } } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `import { type X }` keeps a side-effect import of the module under some compilers; `import type` never does.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  // Playwright reads a fixture's dependencies from its first parameter, so a fixture that needs none destructures `{}`.
  { files: ['e2e/**'], rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] } },
  {
    files: ['src/app/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [noRawQueriesInApp], patterns: noDatabaseInApp }] },
  },
  {
    files: ['src/components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into('app'),
              message: 'Components are shared by pages: take what a page-specific part renders as a prop (or a slot) instead of importing it.',
            },
            noServerValues('Components'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'server-only', message: 'src/lib is shared with the browser; server modules live in src/server.' }],
          patterns: [
            { regex: into('(server|app|components)'), message: 'src/lib is shared, client-safe code: it may not depend on the server, pages or components.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.{ts,tsx}'],
    ignores: ['src/server/**/*.test.ts', 'src/server/testing/**', ...serverOnlyExceptions],
    rules: {
      'badgeboard/require-import': [
        'error',
        { source: 'server-only', why: 'modules in src/server are for the server; a client bundle that reaches one must fail the build.' },
      ],
    },
  },
  {
    // drizzle-kit loads the schema with plain Node: it may lean on nothing but drizzle and itself.
    files: ['src/server/db/schema/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'server-only', message: 'drizzle-kit loads the schema outside Next.js, where server-only throws.' }],
          patterns: [
            {
              regex: '^(@/server/(?!db/schema/)|@/app/|@/components/|\\.\\./)',
              allowTypeImports: true,
              message: 'The schema may import only drizzle, other schema files and src/lib types: drizzle-kit loads it on its own.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/serve.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into('(server|app)'),
              allowTypeImports: true,
              message: 'serve.ts hosts Next.js in plain Node, without the react-server condition: what it runs lives in src/lib.',
            },
          ],
        },
      ],
    },
  },
  {
    // scripts/serve.ts is the one script without the condition; it says so with an eslint-disable and its reason.
    files: ['scripts/*.ts'],
    rules: {
      'badgeboard/require-import': [
        'error',
        {
          source: '@/server/devstack/react-server-condition',
          first: true,
          why: 'scripts run server modules, which need `tsx --conditions=react-server`; this import says so clearly when it is missing.',
        },
      ],
    },
  },
);
