/**
 * Builds PxWeb-style .xlsx files from a real SCB export's package
 * (tests/fixtures/stats/scb_befolkningstathet.xlsx): the same parts, styles,
 * theme, core-properties part, comments and `x:`-prefixed XML that ClosedXML
 * writes; only the shared strings and the sheet's rows are new. Used for the
 * test fixtures with a sex dimension and for the bench's big file.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate'

export type BuilderCell = string | number | null

export interface PxwebSheet {
  title: string
  /** Header rows (years, or years and sexes), stub area included. */
  headerRows: BuilderCell[][]
  /** Data rows, stub columns first; write outer stub labels only on the first row of a group, as PxWeb does. */
  dataRows: BuilderCell[][]
  /** Footnote lines, written after one blank row. */
  notes: string[]
  /** Part name of the worksheet; SCB-like files use xl/worksheets/sheet1.xml, some writers an unnumbered sheet.xml. */
  sheetPart?: string
}

/** Zip entry times, so that rebuilding a fixture gives the same bytes. */
export const fixedTime = new Date(2024, 0, 1)

export const templatePath = resolve(import.meta.dirname, '../tests/fixtures/stats/scb_befolkningstathet.xlsx')

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

class SharedStrings {
  private readonly index = new Map<string, number>()

  id(text: string): number {
    let id = this.index.get(text)
    if (id === undefined) {
      id = this.index.size
      this.index.set(text, id)
    }
    return id
  }

  toXml(): string {
    const items = [...this.index.keys()]
      .map((text) => `<x:si><x:t xml:space="preserve">${escapeXml(text)}</x:t></x:si>`)
      .join('')
    return `<?xml version="1.0" encoding="utf-8"?><x:sst count="${this.index.size}" uniqueCount="${this.index.size}" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</x:sst>`
  }
}

/** Style ids of the template: 1 = bold title, 2 = bold labels, 3 = number with one decimal, 0 = notes. */
function rowXml(
  cells: readonly BuilderCell[],
  rowNumber: number,
  width: number,
  strings: SharedStrings,
  style: 'title' | 'label' | 'note'
): string {
  const parts: string[] = []
  cells.forEach((cell, column) => {
    if (cell === null || cell === '') return
    const ref = `${columnName(column)}${rowNumber}`
    if (typeof cell === 'number') parts.push(`<x:c r="${ref}" s="3" t="n"><x:v>${cell}</x:v></x:c>`)
    else {
      const s = style === 'title' ? 1 : style === 'note' ? 0 : 2
      parts.push(`<x:c r="${ref}" s="${s}" t="s"><x:v>${strings.id(cell)}</x:v></x:c>`)
    }
  })
  return `<x:row r="${rowNumber}" spans="1:${width}">${parts.join('')}</x:row>`
}

function sheetXml(templateSheet: string, sheet: PxwebSheet, strings: SharedStrings): string {
  const width = Math.max(...[...sheet.headerRows, ...sheet.dataRows].map((row) => row.length))
  const rows: string[] = [rowXml([sheet.title], 1, width, strings, 'title')]
  let rowNumber = 3
  for (const header of sheet.headerRows) rows.push(rowXml(header, rowNumber++, width, strings, 'label'))
  for (const data of sheet.dataRows) rows.push(rowXml(data, rowNumber++, width, strings, 'label'))
  rowNumber++
  for (const note of sheet.notes) rows.push(rowXml([note], rowNumber++, width, strings, 'note'))
  const dimension = `A1:${columnName(width - 1)}${rowNumber - 1}`
  return templateSheet
    .replace(/<x:dimension ref="[^"]*" \/>/, `<x:dimension ref="${dimension}" />`)
    .replace(
      /<x:cols>.*<\/x:cols>/,
      `<x:cols><x:col min="1" max="${width}" width="9.140625" style="0" customWidth="1" /></x:cols>`
    )
    .replace(/<x:sheetData>.*<\/x:sheetData>/s, `<x:sheetData>${rows.join('')}</x:sheetData>`)
}

/** Renames the worksheet part (and its .rels) and every reference to it. */
function renameSheetPart(parts: Record<string, Uint8Array>, to: string): void {
  const from = 'xl/worksheets/sheet1.xml'
  const base = to.slice(to.lastIndexOf('/') + 1)
  parts[to] = parts[from]!
  parts[`xl/worksheets/_rels/${base}.rels`] = parts['xl/worksheets/_rels/sheet1.xml.rels']!
  delete parts[from]
  delete parts['xl/worksheets/_rels/sheet1.xml.rels']
  for (const name of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
    parts[name] = strToU8(strFromU8(parts[name]!).replaceAll(`/${from}`, `/${to}`))
  }
}

export function buildPxwebXlsx(sheet: PxwebSheet): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(templatePath)))
  const strings = new SharedStrings()
  const templateSheet = strFromU8(parts['xl/worksheets/sheet1.xml']!)
  parts['xl/worksheets/sheet1.xml'] = strToU8(sheetXml(templateSheet, sheet, strings))
  parts['xl/sharedStrings.xml'] = strToU8(strings.toXml())
  if (sheet.sheetPart && sheet.sheetPart !== 'xl/worksheets/sheet1.xml') renameSheetPart(parts, sheet.sheetPart)
  return zipSync(parts, { level: 6, mtime: fixedTime })
}
