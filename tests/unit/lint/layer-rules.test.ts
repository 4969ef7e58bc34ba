import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The layer rules in eslint.config.js, applied to code that breaks them. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`)
}

describe('layer rules', () => {
  it('keeps domain/ free of Vue, Pinia, Dexie, ExcelJS, pdfmake, Electron and the DOM', { timeout: 30_000 }, async () => {
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
      expect(found.some((p) => p.startsWith('no-restricted-imports') && p.includes(`'${module}' import`)), module).toBe(true)
    }
    expect(found.some((p) => p.startsWith('no-restricted-globals') && p.includes('document'))).toBe(true)
  })

  it('lets domain/ import other domain modules', { timeout: 30_000 }, async () => {
    const found = await problems('src/renderer/src/domain/example.ts', "import { counties } from './regions/counties'\nexport const n = counties.length\n")
    expect(found).toEqual([])
  })

  it('keeps stores and Electron out of the data layer', { timeout: 30_000 }, async () => {
    const found = await problems(
      'src/renderer/src/data/example.ts',
      "import { useAppStore } from '@/stores/app'\nimport { ipcRenderer } from 'electron'\nexport const x = [useAppStore, ipcRenderer]\n"
    )
    expect(found).toHaveLength(2)
  })
})
