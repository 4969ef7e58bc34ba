import { joinMeasureParts, measureFromTitle } from '@/domain/statistics/measure-name'
import { ObservationCollector } from '@/domain/statistics/observation-collector'
import { periodFromCell, yearFromTitle } from '@/domain/statistics/period-label'
import { NATIONAL_REGION, type RegionMatch } from '@/domain/statistics/region-label'
import { recognizeSex } from '@/domain/statistics/sex-label'
import type { DetectedDimension, RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ParsedStatistics, Sex } from '@/domain/statistics/statistics-table'
import { chooseRole, describeFound, withRole } from './dimension-choice'
import { RegionCache, roleFromHeading, type DimensionRole } from './dimension-role'
import { jsonStatDataset, type JsonStatDataset } from './json-stat-format'
import { nationalTableWarning } from './national-table'
import { statisticsFileErrors } from './statistics-file-error'

/**
 * A JSON-stat 2.0 dataset (the new Statistikdatabasen, PxWebApi 2,
 * Eurostat): `id` and `size` list the dimensions, each with categories
 * (`index`, `label`), `value` is an array in row-major order (the last
 * dimension varying fastest) or an object by position, `status` holds the
 * symbols of missing values. Roles `time` and `geo` are taken as given,
 * `metric` dimensions name the measure; the rest is judged from the labels.
 * Dimension keys: `json:<id>`.
 */
interface Dimension {
  id: string
  labels: string[]
  role: DimensionRole
}

const regionCode = /^(\d{2}|\d{4}|SE\w{0,3})$/i

function categoryLabels(dataset: JsonStatDataset, id: string, role: 'region' | 'year' | null): string[] {
  const category = dataset.dimension[id]?.category
  const index = category?.index
  const codes = Array.isArray(index)
    ? index
    : index
      ? Object.keys(index).sort((a, b) => (index[a] ?? 0) - (index[b] ?? 0))
      : Object.keys(category?.label ?? {})
  return codes.map((code) => {
    const label = category?.label?.[code] ?? code
    if (role === 'year') return periodFromCell(label) ?? periodFromCell(code) ?? label
    if (role === 'region' && regionCode.test(code) && !label.startsWith(code)) return `${code} ${label}`
    return label
  })
}

function readDimensions(
  file: string,
  dataset: JsonStatDataset,
  regions: RegionCache,
  overrides: RoleOverrides | undefined,
  detected: DetectedDimension[]
): Dimension[] {
  const roles = dataset.role ?? {}
  const declared = (id: string): 'region' | 'year' | 'measure' | null =>
    roles.geo?.includes(id)
      ? 'region'
      : roles.time?.includes(id)
        ? 'year'
        : roles.metric?.includes(id) || /^contentscode$/i.test(id)
          ? 'measure'
          : null
  const result: Dimension[] = []
  for (const id of dataset.id) {
    const given = declared(id)
    const dimensionLabel = dataset.dimension[id]?.label ?? id
    const hint =
      given === 'region' || given === 'year' ? given : (roleFromHeading(dimensionLabel) ?? roleFromHeading(id))
    const labels = categoryLabels(dataset, id, hint === 'region' || hint === 'year' ? hint : null)
    let chosen = chooseRole(
      file,
      { key: `json:${id}`, label: `Variabeln "${dimensionLabel}"`, labels, hint },
      regions,
      overrides
    )
    if (!chosen.dimension.overridden) {
      if (given) chosen = { role: given, dimension: { ...chosen.dimension, role: given, certainty: 'sure' } }
      else if (chosen.role === 'labelled-year' || result.some((d) => d.role === chosen.role && d.role !== 'measure'))
        chosen = withRole(chosen, 'measure')
    }
    detected.push(chosen.dimension)
    const finalLabels =
      chosen.role === 'region' || chosen.role === 'year' ? categoryLabels(dataset, id, chosen.role) : labels
    result.push({ id, labels: finalLabels, role: chosen.role })
  }
  return result
}

export function readJsonStatFile(file: string, bytes: Uint8Array, roleOverrides?: RoleOverrides): ParsedStatistics {
  const dataset = jsonStatDataset(file, new TextDecoder().decode(bytes))
  const regions = new RegionCache()
  const detected: DetectedDimension[] = []
  const dimensions = readDimensions(file, dataset, regions, roleOverrides, detected)
  const title = dataset.label ?? ''
  const titleYear = yearFromTitle(title)
  if (!dimensions.some((d) => d.role === 'year') && !titleYear)
    throw statisticsFileErrors.noYear(file, describeFound(detected))
  const national: RegionMatch | null = dimensions.some((d) => d.role === 'region')
    ? null
    : { region: NATIONAL_REGION, matched: true }
  const total = dataset.size.reduce((product, n) => product * n, 1)
  const status = dataset.status
  const baseMeasure = dimensions.some((d) => d.role === 'measure' && d.labels.length > 1) ? '' : measureFromTitle(title)
  const collector = new ObservationCollector()
  const indices = dimensions.map(() => 0)
  for (let position = 0; position < total; position++) {
    let region = national
    let year = titleYear
    let sex: Sex = 'total'
    const parts = [baseMeasure]
    dimensions.forEach((d, i) => {
      const label = d.labels[indices[i] ?? 0] ?? ''
      if (d.role === 'region') region = regions.match(label)
      else if (d.role === 'year') year = label
      else if (d.role === 'sex') sex = recognizeSex(label) ?? 'total'
      else if (d.labels.length > 1 || !baseMeasure) parts.push(label)
    })
    const value = Array.isArray(dataset.value) ? dataset.value[position] : dataset.value[String(position)]
    const symbol =
      typeof status === 'string' ? status : Array.isArray(status) ? status[position] : status?.[String(position)]
    const cell = typeof value === 'number' ? value : typeof symbol === 'string' && symbol.trim() !== '' ? symbol : null
    if (region && year) collector.add(joinMeasureParts(parts) || title, region, year, sex, cell)
    for (let i = dimensions.length - 1; i >= 0; i--) {
      indices[i] = (indices[i] ?? 0) + 1
      if ((indices[i] ?? 0) < (dataset.size[i] ?? 0)) break
      indices[i] = 0
    }
  }
  const warnings = collector.warnings()
  if (national) warnings.unshift(nationalTableWarning)
  const notes = (dataset.note ?? []).filter((note): note is string => typeof note === 'string')
  return {
    format: 'json-stat',
    title,
    source: dataset.source ?? '',
    notes,
    observations: collector.observations,
    warnings,
    dimensions: detected
  }
}
