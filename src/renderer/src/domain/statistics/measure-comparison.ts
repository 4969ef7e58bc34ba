import { measureKind, womenShare, type MeasureKind } from './measure-kind'
import type { SeriesCell, WideSeries } from './series'
import type { Sex } from './statistics-table'
import { sortPeriods } from './period-label'
import { hasSexSplit } from './sex-split'

/**
 * The measure view's table: chosen regions over the years, women and men
 * side by side with the total and the gap — the difference women − men and,
 * for counts, women's share of the total in percent (measure-kind.ts).
 */
export interface ComparisonCell {
  women: number | null
  men: number | null
  total: number | null
  /** women − men; null when either is missing. */
  difference: number | null
  /** Women's share of the total in percent; null for rates and where it would mislead. */
  womenShare: number | null
  /** The file's symbols for missing values ('..', '.', '-', ''), by sex. */
  symbols: Partial<Record<Sex, string>>
}

export interface ComparisonRegion {
  code: string
  name: string
  /** Year → cell; a year the region's series does not have is absent. */
  cells: Record<string, ComparisonCell>
}

export interface MeasureComparison {
  measure: string
  kind: MeasureKind
  /** Whether the measure is split by sex (sex-split.ts); when not, the views show the totals. */
  sexSplit: boolean
  /** Whether the table has a "women's share" column (counts split by sex only). */
  showsShare: boolean
  /** Every year any chosen region has, in order. */
  years: string[]
  /** In the order asked for; regions the dataset does not have are left out and listed in `missingRegions`. */
  regions: ComparisonRegion[]
  missingRegions: string[]
}

export function comparisonCell(kind: MeasureKind, cell: SeriesCell): ComparisonCell {
  const { women, men, total } = cell
  return {
    women,
    men,
    total,
    difference: women !== null && men !== null ? women - men : null,
    womenShare: womenShare(kind, women, men, total),
    symbols: { ...cell.symbols }
  }
}

/** Builds the comparison for `regionCodes` (e.g. defaultComparisonRegions) from one measure's series. */
export function buildMeasureComparison(
  measure: string,
  series: readonly WideSeries[],
  regionCodes: readonly string[]
): MeasureComparison {
  const kind = measureKind(measure)
  const ofMeasure = series.filter((s) => s.measure === measure)
  const sexSplit = hasSexSplit(ofMeasure)
  const byCode = new Map(ofMeasure.filter((s) => s.regionCode !== '').map((s) => [s.regionCode, s]))
  const regions: ComparisonRegion[] = []
  const missingRegions: string[] = []
  const years = new Set<string>()
  for (const code of regionCodes) {
    const found = byCode.get(code)
    if (!found) {
      missingRegions.push(code)
      continue
    }
    const cells: Record<string, ComparisonCell> = {}
    for (const [year, cell] of Object.entries(found.values)) {
      cells[year] = comparisonCell(kind, cell)
      years.add(year)
    }
    regions.push({ code, name: found.regionName, cells })
  }
  return {
    measure,
    kind,
    sexSplit,
    showsShare: sexSplit && kind === 'count',
    years: sortPeriods(years),
    regions,
    missingRegions
  }
}

/** The table flattened to one row per region × year, as the copy and the .xlsx export write it. */
export interface ComparisonTableRow {
  regionCode: string
  regionName: string
  year: string
  cell: ComparisonCell
}

export function comparisonTableRows(comparison: MeasureComparison): ComparisonTableRow[] {
  return comparison.regions.flatMap((region) =>
    comparison.years.flatMap((year) => {
      const cell = region.cells[year]
      return cell ? [{ regionCode: region.code, regionName: region.name, year, cell }] : []
    })
  )
}
