import { statisticsFileErrors } from './statistics-file-error'

/**
 * The parts of a JSON-stat dataset the reader uses, checked before use.
 * Accepts a 2.0 dataset, a 2.0 collection with the dataset inside
 * (`link.item[0]`), and a 1.x bundle (`{ "name": { "dimension": { "id", "size", … } } }`).
 */
export interface JsonStatCategory {
  index?: string[] | Record<string, number>
  label?: Record<string, string>
}

export interface JsonStatDataset {
  label?: string
  source?: string
  note?: unknown[]
  id: string[]
  size: number[]
  role?: { time?: string[]; geo?: string[]; metric?: string[] }
  dimension: Record<string, { label?: string; category?: JsonStatCategory }>
  value: (number | null)[] | Record<string, number | null>
  status?: string | (string | null)[] | Record<string, string>
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function findDataset(root: Json): Json | null {
  if (root['class'] === 'collection') {
    const items = (root['link'] as Json | undefined)?.['item']
    const first = Array.isArray(items) ? items.find((item) => isObject(item) && 'dimension' in item) : undefined
    return isObject(first) ? first : null
  }
  if ('dimension' in root) return root
  const bundled = Object.values(root).find((value) => isObject(value) && 'dimension' in value)
  return isObject(bundled) ? bundled : null
}

/** A 1.x dataset keeps id, size and role inside `dimension`. */
function fromVersion1(dataset: Json): Json {
  const dimension = dataset['dimension'] as Json
  if (Array.isArray(dataset['id']) || !Array.isArray(dimension['id'])) return dataset
  const { id, size, role, ...rest } = dimension
  return { ...dataset, id, size, role, dimension: rest }
}

export function jsonStatDataset(file: string, text: string): JsonStatDataset {
  let root: unknown
  try {
    root = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    throw statisticsFileErrors.damaged(file, 'JSON-innehållet går inte att tolka', error)
  }
  const found = isObject(root) ? findDataset(root) : null
  if (!found) throw statisticsFileErrors.notJsonStat(file)
  const dataset = fromVersion1(found)
  const { id, size, dimension, value } = dataset
  const valid =
    Array.isArray(id) &&
    Array.isArray(size) &&
    id.length === size.length &&
    id.every((d) => typeof d === 'string' && isObject((dimension as Json)[d])) &&
    size.every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    (Array.isArray(value) || isObject(value))
  if (!valid)
    throw statisticsFileErrors.damaged(
      file,
      'JSON-stat-datasetet saknar id, size, dimension eller value, eller de stämmer inte med varandra'
    )
  const cells = (size as number[]).reduce((product, n) => product * n, 1)
  if (Array.isArray(value) && value.length !== cells) {
    throw statisticsFileErrors.damaged(file, `value har ${value.length} värden men dimensionerna ger ${cells}`)
  }
  return dataset as unknown as JsonStatDataset
}
