import { joinMeasureParts, measureFromTitle } from '@/domain/statistics/measure-name'
import { ObservationCollector } from '@/domain/statistics/observation-collector'
import { periodFromCell, yearFromTitle } from '@/domain/statistics/period-label'
import { NATIONAL_REGION, type RegionMatch } from '@/domain/statistics/region-label'
import { recognizeSex } from '@/domain/statistics/sex-label'
import type { DetectedDimension, RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ParsedStatistics, Sex } from '@/domain/statistics/statistics-table'
import { chooseRole, describeFound, withRole } from './dimension-choice'
import { RegionCache, roleFromHeading, type DimensionRole } from './dimension-role'
import { nationalTableWarning } from './national-table'
import { parsePxContent, pxValues, type PxKeyword } from './px-keywords'
import { pxDeclaredSymbols, pxPeriodLabel, pxTimeList } from './px-time'
import { statisticsFileErrors } from './statistics-file-error'
import { decodeText } from '../text/decode-text'

/**
 * A PC-Axis (.px) file: variables from STUB and HEADING with their VALUES
 * and CODES, and DATA as one number (or quoted symbol) per combination, the
 * last variable varying fastest. The content variable and any variable that
 * is not region, sex or time become the measure name.
 */
interface PxVariable {
  name: string
  labels: string[]
  codes: string[]
  role: DimensionRole
  /** The content variable (tabellinnehåll) leads the measure name. */
  content: boolean
}

const regionCode = /^(\d{2}|\d{4})$/

/** Regions come with codes in CODES ("0114") and names in VALUES ("Upplands Väsby"). */
function regionLabel(variable: Pick<PxVariable, 'labels' | 'codes'>, index: number): string {
  const code = variable.codes[index] ?? ''
  const label = variable.labels[index] ?? ''
  return regionCode.test(code) && !label.startsWith(code) ? `${code} ${label}` : label
}

interface PxDetection {
  file: string
  keywords: readonly PxKeyword[]
  regions: RegionCache
  overrides: RoleOverrides | undefined
  dimensions: DetectedDimension[]
}

/** The content variable and TIMEVAL variables are declared by the file; the rest is judged from the labels, and the user may correct it. */
function roleOf(
  detection: PxDetection,
  name: string,
  labels: string[],
  codes: string[],
  taken: DimensionRole[]
): DimensionRole {
  const { keywords } = detection
  const isContent = pxValues(keywords, 'CONTVARIABLE')?.[0] === name
  const isTime =
    pxValues(keywords, 'TIMEVAL', name) !== undefined || pxValues(keywords, 'VARIABLE-TYPE', name)?.[0] === 'T'
  const regionLabels = labels.map((_, index) => regionLabel({ labels, codes }, index))
  const dimension = {
    key: `px:${name}`,
    label: `Variabeln "${name}"`,
    labels: regionLabels,
    hint: isTime ? ('year' as const) : roleFromHeading(name)
  }
  let chosen = chooseRole(detection.file, dimension, detection.regions, detection.overrides)
  if (!chosen.dimension.overridden) {
    const declared: DimensionRole | null = isContent ? 'measure' : isTime ? 'year' : null
    if (declared) chosen = { role: declared, dimension: { ...chosen.dimension, role: declared, certainty: 'sure' } }
    else if (chosen.role === 'labelled-year' || taken.includes(chosen.role)) chosen = withRole(chosen, 'measure')
  }
  detection.dimensions.push(chosen.dimension)
  return chosen.role
}

function readVariables(detection: PxDetection): PxVariable[] {
  const { file, keywords } = detection
  const names = [...(pxValues(keywords, 'STUB') ?? []), ...(pxValues(keywords, 'HEADING') ?? [])]
  const variables: PxVariable[] = []
  for (const name of names) {
    const labels = pxValues(keywords, 'VALUES', name)
    if (!labels) throw statisticsFileErrors.damaged(file, `variabeln "${name}" saknar VALUES`)
    const codes = pxValues(keywords, 'CODES', name) ?? []
    const role = roleOf(
      detection,
      name,
      labels,
      codes,
      variables.map((v) => v.role)
    )
    const tlist = pxTimeList(keywords, name)
    const periods = role === 'year' ? labels.map((label, index) => pxPeriodLabel(label, codes[index], tlist)) : labels
    variables.push({ name, labels: periods, codes, role, content: pxValues(keywords, 'CONTVARIABLE')?.[0] === name })
  }
  return variables
}

interface CellCoordinates {
  region: RegionMatch | null
  year: string | null
  sex: Sex | null
  measureParts: string[]
}

function coordinatesAt(
  variables: readonly PxVariable[],
  indices: readonly number[],
  regions: RegionCache
): CellCoordinates {
  const result: CellCoordinates = { region: null, year: null, sex: null, measureParts: [] }
  variables.forEach((variable, v) => {
    const index = indices[v] ?? 0
    const label = variable.labels[index] ?? ''
    if (variable.role === 'region') result.region = regions.match(regionLabel(variable, index))
    else if (variable.role === 'year') result.year = periodFromCell(label) ?? label
    else if (variable.role === 'sex') result.sex = recognizeSex(label)
    else if (variable.content) result.measureParts.unshift(label)
    else result.measureParts.push(label)
  })
  return result
}

export function readPxFile(file: string, bytes: Uint8Array, roleOverrides?: RoleOverrides): ParsedStatistics {
  const { keywords, data } = parsePxContent(decodeText(bytes).text)
  if (data === null) throw statisticsFileErrors.damaged(file, 'PC-Axis-filen saknar DATA')
  const regions = new RegionCache()
  const detection: PxDetection = { file, keywords, regions, overrides: roleOverrides, dimensions: [] }
  const variables = readVariables(detection)
  const title = pxValues(keywords, 'TITLE')?.join(' ') ?? ''
  const titleYear = yearFromTitle(title)
  const national: RegionMatch | null = variables.some((v) => v.role === 'region')
    ? null
    : { region: NATIONAL_REGION, matched: true }
  if (!variables.some((v) => v.role === 'year') && !titleYear)
    throw statisticsFileErrors.noYear(file, describeFound(detection.dimensions))

  const cells = data.match(/"[^"]*"|[^\s",;]+/g) ?? []
  const expected = variables.reduce((product, v) => product * v.labels.length, 1)
  if (cells.length !== expected) {
    throw statisticsFileErrors.damaged(file, `DATA har ${cells.length} värden men variablerna ger ${expected}`)
  }
  const hasContent = pxValues(keywords, 'CONTVARIABLE') !== undefined
  const baseMeasure = hasContent ? '' : (pxValues(keywords, 'CONTENTS')?.[0] ?? measureFromTitle(title))
  const collector = new ObservationCollector(pxDeclaredSymbols(keywords))
  const indices = variables.map(() => 0)
  for (const cell of cells) {
    const at = coordinatesAt(variables, indices, regions)
    at.region ??= national
    if (at.region) {
      const measure = joinMeasureParts([baseMeasure, ...at.measureParts])
      collector.add(
        measure,
        at.region,
        at.year ?? titleYear ?? '',
        at.sex ?? 'total',
        cell.startsWith('"') ? cell.slice(1, -1) : cell
      )
    }
    for (let v = variables.length - 1; v >= 0; v--) {
      indices[v] = (indices[v] ?? 0) + 1
      if ((indices[v] ?? 0) < (variables[v]?.labels.length ?? 0)) break
      indices[v] = 0
    }
  }
  const notes = keywords.filter((k) => k.language === null && /^NOTEX?$/.test(k.name)).flatMap((k) => k.values)
  const source = pxValues(keywords, 'SOURCE')?.[0] ?? ''
  const warnings = collector.warnings()
  if (national) warnings.unshift(nationalTableWarning)
  return {
    format: 'px',
    title,
    source,
    notes,
    observations: collector.observations,
    warnings,
    dimensions: detection.dimensions
  }
}
