import { isIsoDate } from '@/domain/iso-date'

/**
 * Small checks for the shape of a stored record, used to validate a backup
 * before it may replace the register. A check returns null when the value is
 * fine, otherwise a short Swedish description of the problem.
 */
export type Check = (value: unknown) => string | null

/** Longest text a normal field may hold; longer ones point at a damaged or hostile file. */
export const MAX_TEXT = 10_000

export function text(max: number = MAX_TEXT): Check {
  return (v) =>
    typeof v !== 'string' ? 'är inte text' : v.length > max ? `är ${v.length} tecken lång (högst ${max})` : null
}

export function nonEmptyText(max: number = MAX_TEXT): Check {
  const base = text(max)
  return (v) => base(v) ?? ((v as string).length === 0 ? 'är tom' : null)
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/

/** A date that exists in the calendar (not 2026-02-30), written YYYY-MM-DD. */
export const isoDate: Check = (v) => (typeof v === 'string' && isIsoDate(v) ? null : 'är inget datum (ÅÅÅÅ-MM-DD)')
export const yesOrNo: Check = (v) => (typeof v === 'boolean' ? null : 'är varken ja eller nej')
export const timestamp: Check = (v) => (typeof v === 'string' && ISO_TIMESTAMP.test(v) ? null : 'är ingen tidpunkt')

export function integer(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check {
  return (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? null
      : `är inget heltal mellan ${min} och ${max}`
}

export function oneOf(values: readonly string[]): Check {
  return (v) => (typeof v === 'string' && values.includes(v) ? null : `har ett okänt värde (${String(v).slice(0, 40)})`)
}

export function nullable(check: Check): Check {
  return (v) => (v === null ? null : check(v))
}

/** A field that may be left out (undefined), e.g. importBatchId. */
export function optional(check: Check): Check {
  return (v) => (v === undefined ? null : check(v))
}

export const anything: Check = () => null

export function list(check: Check, maxLength = 10_000): Check {
  return (v) => {
    if (!Array.isArray(v)) return 'är ingen lista'
    if (v.length > maxLength) return `har ${v.length} element (högst ${maxLength})`
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i])
      if (problem) return `element ${i + 1} ${problem}`
    }
    return null
  }
}

/**
 * An object with these fields; fields not listed are allowed (an older
 * record may carry one the current code no longer reads).
 */
export function object(fields: Readonly<Record<string, Check>>): Check {
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'är ingen post'
    const record = v as Record<string, unknown>
    for (const [name, check] of Object.entries(fields)) {
      const problem = check(record[name])
      if (problem) return `fältet ${name} ${record[name] === undefined ? 'saknas' : problem}`
    }
    return null
  }
}
