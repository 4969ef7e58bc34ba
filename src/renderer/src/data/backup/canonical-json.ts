/**
 * JSON with object keys sorted and no whitespace, so the same data always
 * gives the same text (and checksum), whatever order its keys were written
 * in. Written out by hand rather than with a JSON.stringify replacer, which
 * builds a sorted copy of every object and is several times slower on a
 * large register.
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null'
}

/** The canonical text of `value`, or undefined where JSON leaves a value out (undefined, functions). */
function write(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null'
    case 'boolean':
      return value ? 'true' : 'false'
    case 'object':
      break
    default:
      return undefined
  }
  if (value === null) return 'null'
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (write(value[i]) ?? 'null')
    return out + ']'
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return write((value as { toJSON(): unknown }).toJSON())
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).sort()
  let out = '{'
  let first = true
  for (const key of keys) {
    const text = write(record[key])
    if (text === undefined) continue
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + text
    first = false
  }
  return out + '}'
}
