import { statisticsFileErrors } from './statistics-file-error'
import { statisticsFileLimits as limits } from './statistics-file-limits'

function columnNumber(letters: string): number {
  let number = 0
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64)
  return number
}

/**
 * Rejects a sheet whose merged ranges cover too many cells: ExcelJS creates
 * an object for every covered cell, so a 6 KB file merging A1:XFD1048576
 * would never finish loading.
 */
export function guardMergedRanges(file: string, sheetXml: string): void {
  if (!sheetXml.includes('mergeCell')) return
  let total = 0
  // XML allows either quote around an attribute: ref="A1:B2" or ref='A1:B2'.
  const mergeCell =
    /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*(["'])(\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+))\1/gi
  for (const [, , ref = '', left = 'A', top = '1', right = 'A', bottom = '1'] of sheetXml.matchAll(mergeCell)) {
    const columns = Math.abs(columnNumber(right) - columnNumber(left)) + 1
    const rows = Math.abs(Number(bottom) - Number(top)) + 1
    total += columns * rows
    if (total > limits.maxMergedCells) {
      throw statisticsFileErrors.mergedRangeTooLarge(file, ref.replaceAll('$', ''), total)
    }
  }
}
