import { isKnownRegionCode } from './region-label'
import type { WideSeries } from './series'
import { hasSexSplit } from './sex-split'
import type { DetectedDimension } from './statistics-dimension'
import { summarizeStatistics } from './statistics-summary'
import type { Observation, ParsedStatistics, RegionRef, Sex, StatisticsFormat } from './statistics-table'

/**
 * What the import preview shows before anything is written (DESIGN.md,
 * "Statistics import"): what was understood, what could not be matched, and
 * the first rows as the file says them.
 */
export interface StatisticsImportPreview {
  format: StatisticsFormat
  title: string
  source: string
  measures: string[]
  regions: { found: RegionRef[]; unmatched: RegionRef[] }
  years: string[]
  sexes: Sex[]
  /** False for a table with totals only (sex-split.ts): the preview says so before it is saved. */
  sexSplit: boolean
  values: number
  missing: number
  series: number
  warnings: string[]
  notes: string[]
  /** The first observations in long form, for a table in the preview. */
  firstRows: Observation[]
  /** What each stub column / header row / variable was taken for; the preview offers a select for each, flagged when unsure. */
  dimensions: DetectedDimension[]
}

export const PREVIEW_ROWS = 20

export function buildImportPreview(
  parsed: ParsedStatistics,
  series: readonly WideSeries[],
  rows = PREVIEW_ROWS
): StatisticsImportPreview {
  const summary = summarizeStatistics(parsed)
  const matched = (region: RegionRef): boolean => region.code !== null && isKnownRegionCode(region.code)
  return {
    format: summary.format,
    title: summary.title,
    source: parsed.source,
    measures: summary.measures,
    regions: { found: summary.regions.filter(matched), unmatched: summary.regions.filter((r) => !matched(r)) },
    years: summary.years,
    sexes: summary.sexes,
    sexSplit: hasSexSplit(series),
    values: summary.values,
    missing: summary.missing,
    series: series.length,
    warnings: summary.warnings,
    notes: [...parsed.notes],
    firstRows: parsed.observations.slice(0, rows).map((o) => ({ ...o, region: { ...o.region } })),
    dimensions: [...(parsed.dimensions ?? [])]
  }
}

/** The title a dataset is saved under: what the user typed in the preview (spaces tidied), or the file's own title when left empty. */
export function datasetTitle(typed: string, fileTitle: string): string {
  return typed.replace(/\s+/g, ' ').trim() || fileTitle
}
