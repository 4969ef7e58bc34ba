import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The layer rules in eslint.config.js, applied to code that breaks them. The
 * made-up files are not in the TypeScript program, so the type-aware rules
 * are left out here; they get a file of their own further down.
 */
const untyped = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/switch-exhaustiveness-check': 'off'
    }
  }
})

async function problems(filePath: string, code: string, eslint = untyped): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`)
}

describe('layer rules', () => {
  it(
    'keeps domain/ free of Vue, Pinia, Dexie, ExcelJS, pdfmake, Electron and the DOM',
    { timeout: 30_000 },
    async () => {
      const found = await problems(
        'src/renderer/src/domain/example.ts',
        [
          "import { ref } from 'vue'",
          "import { defineStore } from 'pinia'",
          "import Dexie from 'dexie'",
          "import ExcelJS from 'exceljs'",
          "import pdfMake from 'pdfmake'",
          "import { app } from 'electron'",
          'export const all = [ref, defineStore, Dexie, ExcelJS, pdfMake, app, document.title]'
        ].join('\n')
      )
      for (const module of ['vue', 'pinia', 'dexie', 'exceljs', 'pdfmake', 'electron']) {
        expect(
          found.some((p) => p.startsWith('no-restricted-imports') && p.includes(`'${module}' import`)),
          module
        ).toBe(true)
      }
      expect(found.some((p) => p.startsWith('no-restricted-globals') && p.includes('document'))).toBe(true)
    }
  )

  it('lets domain/ import other domain modules', { timeout: 30_000 }, async () => {
    const found = await problems(
      'src/renderer/src/domain/example.ts',
      "import { counties } from './regions/counties'\nexport const n = counties.length\n"
    )
    expect(found).toEqual([])
  })

  it('keeps stores and Electron out of the data layer', { timeout: 30_000 }, async () => {
    const found = await problems(
      'src/renderer/src/data/example.ts',
      "import { useAppStore } from '@/stores/app'\nimport { ipcRenderer } from 'electron'\nexport const x = [useAppStore, ipcRenderer]\n"
    )
    expect(found).toHaveLength(2)
  })

  it(
    'lets components and views name data/ and io/ types, and sends every call through a store',
    { timeout: 30_000 },
    async () => {
      const component = await problems(
        'src/renderer/src/components/example.ts',
        [
          "import type { MemberRecord } from '@/data/records'",
          "import type { SpreadsheetTable } from '@/io/spreadsheet/read-spreadsheet'",
          "import { loadCountyProfile } from '@/data/county-profile-repository'",
          "import { eventsToIcs } from '@/io/calendar/event-calendar-export'",
          "import { useMembersStore } from '@/stores/members'",
          'export const x: [MemberRecord?, SpreadsheetTable?, unknown, unknown, unknown] = [undefined, undefined, loadCountyProfile, eventsToIcs, useMembersStore]'
        ].join('\n')
      )
      expect(component).toEqual([
        expect.stringMatching(
          /^@typescript-eslint\/no-restricted-imports: '@\/data\/county-profile-repository' import .*through a store/
        ),
        expect.stringMatching(
          /^@typescript-eslint\/no-restricted-imports: '@\/io\/calendar\/event-calendar-export' import .*through a store/
        )
      ])
      const view = await problems(
        'src/renderer/src/views/ExampleView.vue',
        '<script setup lang="ts">\nimport { readSpreadsheet } from \'@/io/spreadsheet/read-spreadsheet\'\nconsole.log(readSpreadsheet)\n</script>\n<template><p>x</p></template>\n'
      )
      expect(view).toEqual([
        expect.stringMatching(
          /^@typescript-eslint\/no-restricted-imports: '@\/io\/spreadsheet\/read-spreadsheet' import/
        )
      ])
    }
  )

  it(
    'also catches a view or component that loads data/ or io/ on first use with import()',
    { timeout: 30_000 },
    async () => {
      const component = await problems(
        'src/renderer/src/components/example.ts',
        [
          "export const draw = () => import('@/io/charts/render-chart-svg')",
          "export const load = () => import('../../data/county-profile-repository')",
          "export const fine = () => import('@/stores/chart-images')"
        ].join('\n')
      )
      expect(component).toEqual([
        expect.stringMatching(/^no-restricted-syntax: Views and components reach data\/ and io\/ through a store/),
        expect.stringMatching(/^no-restricted-syntax: Views and components reach data\/ and io\/ through a store/)
      ])
      const view = await problems(
        'src/renderer/src/views/ExampleView.vue',
        '<script setup lang="ts">\nconst x = await import(\'@/data/records\')\nconsole.log(x)\n</script>\n<template><p>x</p></template>\n'
      )
      expect(view).toEqual([expect.stringMatching(/^no-restricted-syntax: .*through a store/)])
      const store = await problems(
        'src/renderer/src/stores/example.ts',
        "export const draw = () => import('@/io/charts/render-chart-svg')\n"
      )
      expect(store).toEqual([])
    }
  )

  it('keeps io/ from calling data/, and shared/ below both', { timeout: 30_000 }, async () => {
    const io = await problems(
      'src/renderer/src/io/example.ts',
      "import type { MemberRecord } from '@/data/records'\nimport { saveCountyProfile } from '@/data/county-profile-repository'\nexport const x: [MemberRecord?, unknown] = [undefined, saveCountyProfile]\n"
    )
    expect(io).toEqual([
      expect.stringMatching(
        /^@typescript-eslint\/no-restricted-imports: '@\/data\/county-profile-repository' import .*shared\/ or domain\//
      )
    ])
    const shared = await problems(
      'src/renderer/src/shared/example.ts',
      "import { parseCsv } from '@/io/text/csv'\nexport const x = parseCsv\n"
    )
    expect(shared).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*shared\/ sits below data\/, io\/ and platform\//)
    ])
  })
})

describe('type-aware rules', () => {
  it(
    'refuse a promise nobody awaits, a promise where a callback must return nothing, and a switch that misses a case',
    { timeout: 120_000 },
    async () => {
      // A real file of the TypeScript program (the rules need its types), which `npm run lint` skips.
      const [result] = await new ESLint({ ignore: false }).lintFiles([
        'tests/fixtures/lint/promise-and-switch-mistakes.ts'
      ])
      expect(result?.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual([
        '9 @typescript-eslint/no-floating-promises',
        '13 @typescript-eslint/no-misused-promises',
        '17 @typescript-eslint/switch-exhaustiveness-check'
      ])
    }
  )
})
