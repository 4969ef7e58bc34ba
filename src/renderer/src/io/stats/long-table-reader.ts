import { joinMeasureParts, measureFromTitle } from '@/domain/statistics/measure-name'
import { ObservationCollector } from '@/domain/statistics/observation-collector'
import { periodFromCell } from '@/domain/statistics/period-label'
import { NATIONAL_REGION, type RegionMatch } from '@/domain/statistics/region-label'
import { recognizeSex } from '@/domain/statistics/sex-label'
import type { DetectedDimension, RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ParsedStatistics, Sex, StatisticsFormat } from '@/domain/statistics/statistics-table'
import { columnLetter } from './column-letter'
import { chooseRole, describeFound, withRole } from './dimension-choice'
import { RegionCache, roleFromHeading, type DimensionRole } from './dimension-role'
import type { LongTableLayout } from './long-table-layout'
import { nationalTableWarning } from './national-table'
import { cellText, type GridCell } from './sheet-grid'
import { statisticsFileErrors } from './statistics-file-error'

/**
 * Reads a long table (long-table-layout.ts): each row is one value per
 * value column, its region, period, sex and measure taken from the row's
 * variable columns. A region given as code and name in two columns
 * ("0880" | "Kalmar") is read as one. Dimension keys: `column:<n>` (0-based).
 */
export interface LongTableSource {
  file: string
  rows: readonly GridCell[][]
  layout: LongTableLayout
  format: StatisticsFormat
  source: string
  fallbackTitle: string
  onRows?: (done: number, total: number) => void
  roleOverrides?: RoleOverrides
}

const bareCode = /^(\d{2}|\d{4})$/
const genericValueHeading = /^(värde|värden|value|values|obs_value|antal|data|observation)$/i

interface ColumnRole {
  column: number
  role: DimensionRole
  /** A code column followed by the region names: the name column's index. */
  nameColumn: number | null
}

function distinctLabels(
  rows: readonly GridCell[][],
  layout: LongTableLayout,
  column: number,
  nameColumn: number | null = null
): string[] {
  const labels = new Set<string>()
  for (let r = layout.firstDataRow; r < layout.endDataRow && labels.size < 500; r++) {
    const text = cellText(rows[r]?.[column])
    if (text) labels.add(nameColumn === null ? text : `${text} ${cellText(rows[r]?.[nameColumn])}`.trim())
  }
  return [...labels]
}

/** Region names next to a code column: text that is neither codes, sexes, periods nor numbers. */
function isNameColumn(labels: readonly string[]): boolean {
  return (
    labels.length > 0 &&
    labels.every(
      (label) =>
        !bareCode.test(label) &&
        recognizeSex(label) === null &&
        periodFromCell(label) === null &&
        !/^[\d\s.,+-]+$/.test(label)
    )
  )
}

function detectRoles(input: LongTableSource, regions: RegionCache, dimensions: DetectedDimension[]): ColumnRole[] {
  const { rows, layout, file } = input
  const roles: ColumnRole[] = []
  const columns = layout.dimensionColumns
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!
    const heading = layout.headings[column] ?? ''
    let labels = distinctLabels(rows, layout, column)
    const next = columns[i + 1]
    const codes = labels.length > 0 && labels.every((label) => bareCode.test(label))
    const nameColumn =
      codes && next !== undefined && next !== layout.timeColumn && isNameColumn(distinctLabels(rows, layout, next))
        ? next
        : null
    if (nameColumn !== null) labels = distinctLabels(rows, layout, column, nameColumn)
    const where =
      nameColumn === null
        ? `kolumn ${columnLetter(column)}`
        : `kolumn ${columnLetter(column)}–${columnLetter(nameColumn)}`
    const hint = column === layout.timeColumn ? 'year' : roleFromHeading(heading)
    const dimension = {
      key: `column:${column}`,
      label: heading ? `Kolumnen "${heading}" (${where})` : `Kolumnen utan rubrik (${where})`,
      labels,
      hint
    }
    let chosen = chooseRole(file, dimension, regions, input.roleOverrides)
    const taken = roles.some((r) => r.role === chosen.role) && chosen.role !== 'measure'
    if ((chosen.role === 'labelled-year' || taken) && !chosen.dimension.overridden) chosen = withRole(chosen, 'measure')
    dimensions.push(chosen.dimension)
    roles.push({ column, role: chosen.role, nameColumn: chosen.role === 'region' ? nameColumn : null })
    if (chosen.role === 'region' && nameColumn !== null) i++
  }
  return roles
}

export function readLongTable(input: LongTableSource): ParsedStatistics {
  const { file, rows, layout } = input
  const regions = new RegionCache()
  const dimensions: DetectedDimension[] = []
  const roles = detectRoles(input, regions, dimensions)
  if (!roles.some((r) => r.role === 'year')) throw statisticsFileErrors.noYear(file, describeFound(dimensions))
  const national = !roles.some((r) => r.role === 'region')
  const title = layout.title || input.fallbackTitle
  const titleMeasure = measureFromTitle(title)
  const valueMeasures = layout.valueColumns.map((c) => {
    const heading = layout.headings[c] ?? ''
    return layout.valueColumns.length === 1 && (heading === '' || genericValueHeading.test(heading)) ? '' : heading
  })
  const collector = new ObservationCollector()
  const nationalMatch: RegionMatch = { region: NATIONAL_REGION, matched: true }
  let skipped = 0
  const total = layout.endDataRow - layout.firstDataRow
  for (let r = layout.firstDataRow; r < layout.endDataRow; r++) {
    const row = rows[r] ?? []
    let region: RegionMatch | null = national ? nationalMatch : null
    let year: string | null = null
    let sex: Sex = 'total'
    const parts: string[] = []
    for (const { column, role, nameColumn } of roles) {
      const text = cellText(row[column])
      if (role === 'region') region = regions.match(nameColumn === null ? text : `${text} ${cellText(row[nameColumn])}`)
      else if (role === 'year') year = periodFromCell(row[column] ?? null) ?? (text || null)
      else if (role === 'sex') sex = recognizeSex(text) ?? 'total'
      else parts.push(text)
    }
    if (!region || !year) {
      skipped += layout.valueColumns.length
      continue
    }
    const rowMeasure = joinMeasureParts(parts)
    layout.valueColumns.forEach((column, i) => {
      const measure = joinMeasureParts([rowMeasure, valueMeasures[i] ?? '']) || titleMeasure
      collector.add(measure, region, year, sex, row[column])
    })
    if ((r - layout.firstDataRow) % 1000 === 0) input.onRows?.(r - layout.firstDataRow, total)
  }
  const warnings = collector.warnings()
  if (national) warnings.unshift(nationalTableWarning)
  if (skipped > 0)
    warnings.push(
      `${skipped} värden saknar region eller tidsperiod (tom cell) och hoppades över. Kontrollera raderna i tabellen.`
    )
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
