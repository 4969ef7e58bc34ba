import { integer, list, nonEmptyText, object, oneOf, text, timestamp, type Check } from './record-shape'
import type { TableRule } from './table-rules'

/** Backup rules for the statistics tables (schema version 5): datasets, wide series and import batches. */
const timestamps = { createdAt: timestamp, updatedAt: timestamp }
const formats = ['pxweb-xlsx', 'static-xlsx', 'kolada-xlsx', 'long-xlsx', 'px', 'csv', 'json-stat'] as const
const sexes = ['women', 'men', 'total'] as const

const numberOrNull: Check = (v) =>
  v === null || (typeof v === 'number' && Number.isFinite(v)) ? null : 'är varken ett tal eller tomt'

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const symbols: Check = (v) => {
  if (v === undefined) return null
  if (!isPlainObject(v)) return 'är ingen post'
  const bad = Object.entries(v).find(
    ([sex, symbol]) => !(sexes as readonly string[]).includes(sex) || typeof symbol !== 'string' || symbol.length > 20
  )
  return bad ? `har ett okänt kön eller tecken (${bad[0]})` : null
}

const cell = object({ women: numberOrNull, men: numberOrNull, total: numberOrNull, symbols })

/** Year → { women, men, total, symbols? }. */
const seriesValues: Check = (v) => {
  if (!isPlainObject(v)) return 'är ingen post'
  for (const [year, value] of Object.entries(v)) {
    if (year.length > 20) return `har en för lång period (${year.slice(0, 20)}…)`
    const problem = cell(value)
    if (problem) return `för ${year} ${problem}`
  }
  return null
}

const counts = object({ series: integer(0), values: integer(0), missing: integer(0) })

export const statisticsTableRules: Readonly<Record<string, TableRule>> = {
  importBatches: {
    label: 'Statistikimporter',
    record: object({
      id: nonEmptyText(100),
      fileName: nonEmptyText(500),
      sha256: (v) => (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? null : 'är ingen SHA-256'),
      importedAt: timestamp,
      counts,
      ...timestamps
    })
  },
  datasets: {
    label: 'Statistiktabeller',
    record: object({
      id: nonEmptyText(100),
      importBatchId: nonEmptyText(100),
      title: text(2000),
      source: text(200),
      format: oneOf(formats),
      measures: list(text(2000), 100_000),
      years: list(text(20), 10_000),
      fileName: nonEmptyText(500),
      notes: list(text(), 10_000),
      ...timestamps
    }),
    references: [{ field: 'importBatchId', table: 'importBatches', target: 'en statistikimport' }]
  },
  series: {
    label: 'Statistikrader',
    record: object({
      id: nonEmptyText(100),
      datasetId: nonEmptyText(100),
      importBatchId: nonEmptyText(100),
      measure: text(2000),
      regionCode: (v) => (typeof v === 'string' && /^(\d{2}|\d{4})?$/.test(v) ? null : 'är ingen regionkod'),
      regionName: text(200),
      values: seriesValues,
      ...timestamps
    }),
    references: [
      { field: 'datasetId', table: 'datasets', target: 'en statistiktabell' },
      { field: 'importBatchId', table: 'importBatches', target: 'en statistikimport' }
    ]
  }
}
