/**
 * Text from SCB's CSV and PC-Axis files, which come as UTF-8 (with or
 * without a byte-order mark) or, in older exports, as ISO-8859-1 /
 * Windows-1252. Anything that is not valid UTF-8 is read as Windows-1252, a
 * superset of ISO-8859-1 for the printable range, so å, ä and ö come out right.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
