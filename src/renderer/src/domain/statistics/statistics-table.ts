/**
 * What a statistics file says, in long form: one observation per
 * measure × region × year × sex. Readers produce it; the preview and the
 * import turn it into wide Series records (DESIGN.md, "Data").
 */

import type { DetectedDimension } from './statistics-dimension'

export type Sex = 'women' | 'men' | 'total'

/** The order sexes are listed in everywhere. */
export const sexOrder: readonly Sex[] = ['women', 'men', 'total']

export type StatisticsFormat = 'pxweb-xlsx' | 'static-xlsx' | 'kolada-xlsx' | 'long-xlsx' | 'px' | 'csv' | 'json-stat'

/** A region as the file names it; `code` is the SCB code ('00' Riket, 2-digit län, 4-digit kommun) or null when unmatched. */
export interface RegionRef {
  code: string | null
  name: string
}

export interface Observation {
  measure: string
  region: RegionRef
  /** As the file writes it: "2023", or a period such as "2023M01". */
  year: string
  sex: Sex
  value: number | null
  /** The symbol the file used where a value is missing: "..", ".", "-", or "" for an empty cell. */
  missingSymbol?: string
}

export interface ParsedStatistics {
  format: StatisticsFormat
  title: string
  /** Publisher when the file says ("SCB", "Kolada"), otherwise ''. */
  source: string
  /** Footnotes and notes below or around the table, one per line. */
  notes: string[]
  observations: Observation[]
  /** Things the user should know before importing, in Swedish. */
  warnings: string[]
  /** The dimensions the reader detected and could take otherwise (none for SCB's fixed-layout static tables). */
  dimensions?: DetectedDimension[]
}
