import { statisticsFileErrors } from './statistics-file-error'
import { statisticsFileLimits as limits } from './statistics-file-limits'
import type { ZipEntry } from './zip-directory'

/** Rejects zip bombs from the central directory alone, before anything is inflated. */
export function guardZipEntries(file: string, entries: readonly ZipEntry[]): void {
  if (entries.length > limits.maxZipEntries) {
    throw statisticsFileErrors.zipBomb(
      file,
      `den innehåller ${entries.length} delar, men en Excel-tabell har sällan fler än ${limits.maxZipEntries}`
    )
  }
  let total = 0
  for (const entry of entries) {
    total += entry.uncompressedSize
    if (total > limits.maxUncompressedBytes) {
      const megabytes = Math.round(limits.maxUncompressedBytes / 1024 / 1024)
      throw statisticsFileErrors.zipBomb(file, `uppackad blir den större än ${megabytes} MB`)
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
    if (entry.uncompressedSize >= limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio) {
      throw statisticsFileErrors.zipBomb(
        file,
        `delen ${entry.name} packas upp till ${Math.round(ratio)} gånger sin packade storlek`
      )
    }
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
      throw statisticsFileErrors.damaged(file, `delen ${entry.name} har motstridiga storlekar`)
    }
  }
}
