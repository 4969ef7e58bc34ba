/**
 * Text rules of iCalendar (RFC 5545): escaping of TEXT values (3.3.11) and
 * folding of content lines longer than 75 octets (3.1). Lines end in CRLF.
 */

export const CRLF = '\r\n'
const MAX_OCTETS = 75
const encoder = new TextEncoder()

/** Backslash, semicolon and comma get a backslash; every kind of line break becomes \n. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Splits a content line into pieces of at most 75 octets of UTF-8, the
 * continuation lines starting with one space (which counts). A character is
 * never split: å, ä and ö take two octets, an emoji four.
 */
export function foldIcsLine(line: string): string[] {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > MAX_OCTETS) {
      lines.push(current)
      current = ` ${char}`
      octets = 1 + size
    } else {
      current += char
      octets += size
    }
  }
  lines.push(current)
  return lines
}

/**
 * The content lines folded and joined with CRLF, ending with CRLF as the RFC
 * wants. A line with a CR or LF of its own would start a property nobody
 * wrote, so it is refused: every value must be escaped before it gets here.
 */
export function joinIcsLines(lines: readonly string[]): string {
  const broken = lines.find((line) => /[\r\n]/.test(line))
  if (broken !== undefined)
    throw new Error(`An iCalendar content line holds a line break: ${JSON.stringify(broken.slice(0, 40))}`)
  return lines.flatMap(foldIcsLine).join(CRLF) + CRLF
}

/** "2026-10-15" + "09:30" → "20261015T093000"; without a time, "20261015". */
export function icsDateTime(date: string, time?: string | null): string {
  const day = date.replace(/-/g, '')
  return time ? `${day}T${time.replace(':', '')}00` : day
}

/** An ISO timestamp as UTC basic form, e.g. "20261123T120000Z" (for DTSTAMP). */
export function icsUtcStamp(isoTimestamp: string): string {
  return new Date(isoTimestamp)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}
