import { joinMeasureParts, measureFromTitle } from '@/domain/statistics/measure-name'
import { ObservationCollector } from '@/domain/statistics/observation-collector'
import { periodFromCell, splitTrailingPeriod, yearFromTitle } from '@/domain/statistics/period-label'
import { NATIONAL_REGION, type RegionMatch } from '@/domain/statistics/region-label'
import { recognizeSex } from '@/domain/statistics/sex-label'
import type { DetectedDimension, RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ParsedStatistics, Sex, StatisticsFormat } from '@/domain/statistics/statistics-table'
import { columnLetter } from './column-letter'
import { chooseRole, describeFound, withRole } from './dimension-choice'
import { labelledYearsAreSexes, RegionCache, roleFromHeading, type DimensionRole } from './dimension-role'
import { nationalTableWarning } from './national-table'
import { findPivotLayout, type PivotLayout } from './pivot-layout'
import { cellText, type GridCell } from './sheet-grid'
import { statisticsFileErrors } from './statistics-file-error'

/**
 * Reads a pivot table — PxWeb and Kolada sheets, PxWeb CSV — into
 * observations: each value cell gets its region, year, sex and measure from
 * its row's stub columns and its column's header rows.
 */
export interface PivotTableSource {
  file: string
  rows: readonly GridCell[][]
  format: StatisticsFormat
  source: string
  /** Used when the table has no title of its own (CSV). */
  fallbackTitle: string
  onRows?: (done: number, total: number) => void
  /** The user's corrections from the preview, by DetectedDimension.key ('stub:0', 'header:0'). */
  roleOverrides?: RoleOverrides
}

interface Coordinates {
  region: RegionMatch | null
  year: string | null
  sex: Sex | null
  measure: string
}

type Labels = (row: number, column: number) => string

function distinct(labels: Iterable<string>): string[] {
  return [...new Set(labels)].filter((label) => label !== '')
}

function applyLabel(
  target: Coordinates,
  role: DimensionRole,
  label: string,
  regions: RegionCache,
  yearsAreSexes: boolean
): string | null {
  if (label === '') return null
  if (role === 'region') target.region = regions.match(label)
  else if (role === 'year') target.year = periodFromCell(label)
  else if (role === 'sex') target.sex = recognizeSex(label)
  else if (role === 'labelled-year') {
    const split = splitTrailingPeriod(label)
    target.year = split?.period ?? null
    if (yearsAreSexes) target.sex = recognizeSex(split?.label ?? '')
    else return split?.label ?? null
  } else return label
  return null
}

/** Header labels with each row filled to the right under its group, except the last header row. */
function headerLabels(rows: readonly GridCell[][], layout: PivotLayout): Labels {
  const filled = layout.headerRows.map((r, index) => {
    const labels: string[] = []
    let carried = ''
    for (let c = 0; c < layout.columnCount; c++) {
      const text = cellText(rows[r]?.[c])
      const parentChanged = index > 0 && c > 0 && cellText(rows[layout.headerRows[index - 1] ?? -1]?.[c]) !== ''
      carried =
        text || (index < layout.headerRows.length - 1 && c > layout.stubColumns && !parentChanged ? carried : '')
      labels.push(carried)
    }
    return labels
  })
  return (headerIndex, column) => filled[headerIndex]?.[column] ?? ''
}

interface Detection {
  file: string
  regions: RegionCache
  overrides: RoleOverrides | undefined
  dimensions: DetectedDimension[]
}

function columnCoordinates(layout: PivotLayout, labels: Labels, detection: Detection): Coordinates[] {
  const { regions } = detection
  const columns = Array.from({ length: layout.columnCount - layout.stubColumns }, (_, i) => i + layout.stubColumns)
  const result = columns.map((): Coordinates => ({ region: null, year: null, sex: null, measure: '' }))
  const parts = columns.map((): string[] => [])
  layout.headerRows.forEach((row, h) => {
    const rowLabels = distinct(columns.map((c) => labels(h, c)))
    const dimension = { key: `header:${h}`, label: `Rubrikraden (rad ${row + 1})`, labels: rowLabels, hint: null }
    const { role, dimension: detected } = chooseRole(detection.file, dimension, regions, detection.overrides)
    detection.dimensions.push(detected)
    const sexes = role === 'labelled-year' && labelledYearsAreSexes(rowLabels)
    columns.forEach((c, i) => {
      const part = applyLabel(result[i]!, role, labels(h, c), regions, sexes)
      if (part) parts[i]!.push(part)
    })
  })
  result.forEach((coordinates, i) => (coordinates.measure = joinMeasureParts(parts[i]!)))
  return result
}

/** Stub values filled down: outer labels appear only on the first row of their group. */
function filledStubs(rows: readonly GridCell[][], layout: PivotLayout): string[][] {
  const current = new Array<string>(layout.stubColumns).fill('')
  const filled: string[][] = []
  for (let r = layout.firstDataRow; r < layout.endDataRow; r++) {
    for (let c = 0; c < layout.stubColumns; c++) current[c] = cellText(rows[r]?.[c]) || (current[c] ?? '')
    filled.push([...current])
  }
  return mergeCodeAndName(filled, layout.stubColumns)
}

const bareCode = /^(\d{2}|\d{4})$/

/** A region as code and name in two stub columns ("0880" | "Kalmar") becomes one label ("0880 Kalmar") in the first. */
function mergeCodeAndName(stubs: string[][], columns: number): string[][] {
  for (let c = 0; c + 1 < columns; c++) {
    const codes = stubs.every((row) => bareCode.test(row[c] ?? ''))
    const names = stubs.every(
      (row) => (row[c + 1] ?? '') !== '' && !bareCode.test(row[c + 1] ?? '') && periodFromCell(row[c + 1]) === null
    )
    if (!codes || !names || stubs.length === 0) continue
    for (const row of stubs) {
      row[c] = `${row[c]} ${row[c + 1]}`
      row[c + 1] = ''
    }
  }
  return stubs
}

function stubRoles(
  stubs: readonly string[][],
  layout: PivotLayout,
  labels: Labels,
  detection: Detection
): DimensionRole[] {
  const roles: DimensionRole[] = []
  for (let c = 0; c < layout.stubColumns; c++) {
    const heading = layout.headerRows.map((_, h) => labels(h, c)).findLast((label) => label !== '') ?? ''
    const where = `kolumn ${columnLetter(c)}`
    const label = heading ? `Kolumnen "${heading}" (${where})` : `Kolumnen utan rubrik (${where})`
    const dimension = {
      key: `stub:${c}`,
      label,
      labels: distinct(stubs.map((row) => row[c] ?? '')),
      hint: roleFromHeading(heading)
    }
    if (dimension.labels.length === 0) {
      roles.push('measure') // the name column of a code column, merged into it
      continue
    }
    let chosen = chooseRole(detection.file, dimension, detection.regions, detection.overrides)
    if (
      chosen.role === 'labelled-year' ||
      (chosen.role === 'region' && roles.includes('region') && !chosen.dimension.overridden)
    )
      chosen = withRole(chosen, 'measure')
    detection.dimensions.push(chosen.dimension)
    roles.push(chosen.role)
  }
  return roles
}

/** A cell's measure: the row's and the column's, joined. */
function combineMeasures(rowMeasure: string, columnMeasure: string): string {
  return rowMeasure && columnMeasure ? `${rowMeasure}, ${columnMeasure}` : rowMeasure || columnMeasure
}

export function readPivotTable(input: PivotTableSource): ParsedStatistics {
  const { file, rows } = input
  const regions = new RegionCache()
  const layout = findPivotLayout(file, rows, regions)
  const labels = headerLabels(rows, layout)
  const detection: Detection = { file, regions, overrides: input.roleOverrides, dimensions: [] }
  const stubs = filledStubs(rows, layout)
  const roles = stubRoles(stubs, layout, labels, detection)
  const columns = columnCoordinates(layout, labels, detection)
  const national = !roles.includes('region') && !columns.some((column) => column.region)
  const nationalMatch: RegionMatch | null = national ? { region: NATIONAL_REGION, matched: true } : null
  const title = layout.title || input.fallbackTitle
  const titleYear = yearFromTitle(title)
  if (!roles.includes('year') && !columns.some((column) => column.year) && !titleYear)
    throw statisticsFileErrors.noYear(file, describeFound(detection.dimensions))

  const defaultMeasure = measureFromTitle(title)
  const collector = new ObservationCollector()
  let rowsWithoutRegion = 0
  // The measure of each column only changes when the row's own measure does, so it is
  // built once per change rather than per cell (and the same string then hashes once).
  let measuresFor: string | null = null
  let columnMeasures: string[] = []
  stubs.forEach((stub, index) => {
    const row: Coordinates = { region: null, year: null, sex: null, measure: '' }
    const parts: string[] = []
    roles.forEach((role, c) => {
      const part = applyLabel(row, role, stub[c] ?? '', regions, false)
      if (part) parts.push(part)
    })
    const rowMeasure = joinMeasureParts(parts)
    if (rowMeasure !== measuresFor) {
      measuresFor = rowMeasure
      columnMeasures = columns.map((column) => combineMeasures(rowMeasure, column.measure) || defaultMeasure)
    }
    const cells = rows[layout.firstDataRow + index] ?? []
    columns.forEach((column, i) => {
      const region = row.region ?? column.region ?? nationalMatch
      const year = row.year ?? column.year ?? titleYear
      if (!region || !year) {
        if (!region) rowsWithoutRegion++
        return
      }
      collector.add(columnMeasures[i]!, region, year, row.sex ?? column.sex ?? 'total', cells[layout.stubColumns + i])
    })
    if (index % 500 === 0) input.onRows?.(index, stubs.length)
  })
  const warnings = collector.warnings()
  if (national) warnings.unshift(nationalTableWarning)
  if (rowsWithoutRegion > 0) {
    warnings.push(
      `${rowsWithoutRegion} värden saknar region (tom regioncell) och hoppades över. Kontrollera de första raderna i tabellen.`
    )
  }
  const { dimensions } = detection
  return {
    format: input.format,
    title,
    source: input.source,
    notes: layout.notes,
    observations: collector.observations,
    warnings,
    dimensions
  }
}
