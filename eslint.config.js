import pluginVue from 'eslint-plugin-vue'
import prettierOff from 'eslint-config-prettier/flat'
import tseslint from 'typescript-eslint'

/**
 * Lint rules, including the layer rules from DESIGN.md: dependencies point one
 * way (views → stores → data/io/platform → domain) and domain/ stays pure.
 */
const notFromBelow = [
  { group: ['@/views/*', '@/views', '**/views/*'], message: 'Nothing below the views may import a view.' },
  { group: ['@/stores/*', '@/stores', '**/stores/*'], message: 'Nothing below the stores may import a store.' },
  { group: ['@/components/*', '**/components/*'], message: 'Components belong to the view layer.' }
]

const noElectron = { name: 'electron', message: 'The renderer reaches the desktop only through the platform bridge.' }

const domainForbidden = [
  ...notFromBelow,
  { group: ['vue', 'vue/*', 'pinia', 'vue-router'], message: 'domain/ is pure TypeScript: no Vue, Pinia or router.' },
  { group: ['dexie', 'dexie/*'], message: 'domain/ is pure TypeScript: storage lives in data/.' },
  {
    group: ['exceljs', 'exceljs/*', 'pdfmake', 'pdfmake/*'],
    message: 'domain/ is pure TypeScript: file formats live in io/.'
  },
  { group: ['electron', 'electron/*'], message: 'domain/ is pure TypeScript: no Electron.' },
  {
    group: ['@/data/*', '@/io/*', '@/platform/*', '**/data/*', '**/io/*', '**/platform/*'],
    message: 'domain/ depends on nothing else in the app.'
  }
]

/** Views and components see data/ and io/ through stores; a type may still be named (`import type`). */
const throughStores = [
  {
    group: ['@/data', '@/data/*', '**/data/*'],
    allowTypeImports: true,
    message: 'Views and components reach data/ through a store; import types only (import type).'
  },
  {
    group: ['@/io', '@/io/*', '**/io/*'],
    allowTypeImports: true,
    message: 'Views and components reach io/ through a store; import types only (import type).'
  }
]

/**
 * A dynamic `import()` of data/ or io/ from a view or component (a module
 * loaded on first use): the import rules above see only static imports.
 */
const noDynamicImportBelowStores = {
  selector: 'ImportExpression[source.value=/^(@\\/|(\\.\\.?\\/)+)(data|io)(\\/|$)/]',
  message: 'Views and components reach data/ and io/ through a store, also when the module loads on first use.'
}

const noFocusedTests = {
  selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]",
  message: 'Focused tests hide the rest of the suite.'
}

/** io/ reads and writes file formats; what it shares with data/ lives below both (shared/, domain/). */
const ioForbidden = [
  ...notFromBelow,
  {
    group: ['@/data', '@/data/*', '**/data/*'],
    allowTypeImports: true,
    message: 'io/ does not call data/; a helper both need belongs in shared/ or domain/.'
  }
]

/** shared/ holds helpers on the runtime's standard APIs (Web Crypto) for data/ and io/; it sits on domain/ alone. */
const sharedForbidden = [
  ...notFromBelow,
  {
    group: ['@/data/*', '@/io/*', '@/platform/*', '**/data/*', '**/io/*', '**/platform/*'],
    message: 'shared/ sits below data/, io/ and platform/.'
  }
]

/** TypeScript files whose types the type-aware rules read (one program: tsconfig.json). */
const typed = [
  'src/**/*.{ts,vue}',
  'scripts/**/*.ts',
  'tests/**/*.ts',
  '*.config.ts',
  'vite.renderer.ts',
  'electron-builder.ts'
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-out/**',
      'tests/fixtures/lint/**'
    ]
  },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } }
  },
  {
    files: typed,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its error; `void` marks the few that are meant to run on their own.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }]
    }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'no-restricted-syntax': ['error', noFocusedTests]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] }
  },
  {
    files: ['src/renderer/src/{views,components}/**/*.{ts,vue}', 'src/renderer/src/App.vue'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: throughStores }],
      'no-restricted-syntax': ['error', noFocusedTests, noDynamicImportBelowStores]
    }
  },
  {
    files: ['src/renderer/src/{data,platform}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: notFromBelow }] }
  },
  {
    files: ['src/renderer/src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [noElectron], patterns: ioForbidden }]
    }
  },
  {
    files: ['src/renderer/src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: sharedForbidden }] }
  },
  {
    files: ['src/renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: domainForbidden }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'HTMLElement',
        'fetch'
      ]
    }
  },
  // Layout is Prettier's (npm run format); ESLint's layout rules are off so the two never disagree.
  prettierOff
)
