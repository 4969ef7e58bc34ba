/**
 * JSON with object keys sorted and no whitespace, so the same data always
 * gives the same text (and checksum), whatever order its keys were written
 * in. Written out by hand rather than with a JSON.stringify replacer: that
 * builds a sorted copy of every object and is several times slower on a
 * large register.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = []
  write(value, parts)
  return parts.join('')
}

function write(value: unknown, parts: string[]): void {
  if (value === null || typeof value !== 'object') {
    // Like JSON.stringify: undefined and functions vanish (written as null inside arrays by the caller).
    parts.push(JSON.stringify(value) ?? 'null')
    return
  }
  if (Array.isArray(value)) {
    parts.push('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push(',')
      write(value[i], parts)
    }
    parts.push(']')
    return
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    write((value as { toJSON(): unknown }).toJSON(), parts)
    return
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
    .sort()
  parts.push('{')
  keys.forEach((key, i) => {
    if (i > 0) parts.push(',')
    parts.push(JSON.stringify(key), ':')
    write(record[key], parts)
  })
  parts.push('}')
}
