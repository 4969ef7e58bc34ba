/**
 * The keyword part of a PC-Axis file: `NAME[lang]("sub","keys")=values;`,
 * values being quoted strings (a string may continue in a second quoted
 * string on the next line), numbers, YES/NO or TLIST(…), separated by commas.
 * The DATA keyword's raw text is returned as it is.
 */
export interface PxKeyword {
  name: string
  language: string | null
  subkeys: string[]
  values: string[]
}

export interface PxContent {
  keywords: PxKeyword[]
  /** Everything after `DATA=` up to the closing semicolon; null when the file has no DATA. */
  data: string | null
}

/** Index of the next `stop` character outside double quotes, or the text length. */
function indexOutsideQuotes(text: string, from: number, stop: string): number {
  let quoted = false
  for (let i = from; i < text.length; i++) {
    const char = text[i]
    if (char === '"') quoted = !quoted
    else if (char === stop && !quoted) return i
  }
  return text.length
}

/** `"a","b"` → [a, b]; `"par" "t"` (continued string) → [part]; `TLIST(A1),"2020"` → [TLIST(A1), 2020]. */
export function splitPxValues(raw: string): string[] {
  const values: string[] = []
  let current: string | null = null
  let i = 0
  while (i < raw.length) {
    const char = raw[i] ?? ''
    if (char === '"') {
      const end = raw.indexOf('"', i + 1)
      const piece = raw.slice(i + 1, end < 0 ? raw.length : end)
      current = (current ?? '') + piece
      i = end < 0 ? raw.length : end + 1
    } else if (char === ',') {
      values.push(current ?? '')
      current = null
      i++
    } else if (/\s/.test(char)) i++
    else {
      let end = i
      let depth = 0
      while (end < raw.length && (depth > 0 || raw[end] !== ',')) {
        if (raw[end] === '(') depth++
        else if (raw[end] === ')') depth--
        end++
      }
      current = (current ?? '') + raw.slice(i, end).trim()
      i = end
    }
  }
  if (current !== null) values.push(current)
  return values
}

export function parsePxContent(text: string): PxContent {
  const keywords: PxKeyword[] = []
  let i = 0
  while (i < text.length) {
    const equals = indexOutsideQuotes(text, i, '=')
    if (equals >= text.length) break
    const head = /^\s*([A-Za-z0-9_-]+)(?:\[([^\]]*)\])?(?:\((.*)\))?\s*$/s.exec(text.slice(i, equals))
    const name = head?.[1]?.toUpperCase() ?? ''
    if (name === 'DATA') {
      const end = indexOutsideQuotes(text, equals + 1, ';')
      return { keywords, data: text.slice(equals + 1, end) }
    }
    const end = indexOutsideQuotes(text, equals + 1, ';')
    if (head)
      keywords.push({
        name,
        language: head[2] ?? null,
        subkeys: splitPxValues(head[3] ?? ''),
        values: splitPxValues(text.slice(equals + 1, end))
      })
    i = end + 1
  }
  return { keywords, data: null }
}

/** Values of a keyword in the file's main language, e.g. `values(k, 'VALUES', 'region')`. */
export function pxValues(keywords: readonly PxKeyword[], name: string, ...subkeys: string[]): string[] | undefined {
  return keywords.find(
    (k) =>
      k.name === name &&
      k.language === null &&
      k.subkeys.length === subkeys.length &&
      k.subkeys.every((s, i) => s === subkeys[i])
  )?.values
}
