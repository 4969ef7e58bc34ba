import { openFileLimits } from '../../../../preload/contract'

/**
 * Limits checked before a file is parsed. A real SCB or Kolada table is far
 * below all of them (a 230,000-cell PxWeb export is about 2 MB zipped and
 * 15 MB unzipped); a zip bomb or a sheet with a huge merged range is not.
 */
export const statisticsFileLimits = {
  maxFileBytes: openFileLimits.statistics,
  maxZipEntries: 500,
  maxUncompressedBytes: 300 * 1024 * 1024,
  /** Uncompressed ÷ compressed size, checked for entries larger than `ratioCheckFromBytes`; XML rarely packs better than 1:50. */
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 1024 * 1024,
  /** Cells covered by all merged ranges of a sheet together; ExcelJS creates an object for each. */
  maxMergedCells: 100_000,
  /** Rows × columns a sheet's cells may span; a 230,000-cell PxWeb export spans about that many. */
  maxSheetSpan: 20_000_000
} as const
