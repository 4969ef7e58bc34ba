/**
 * Bytes → text for files people export from Excel and older systems: UTF-8
 * (with or without BOM) when the bytes are valid UTF-8, UTF-16 when they
 * start with its byte-order mark (Excel's "Unicode-text"), otherwise
 * Windows-1252, which Swedish Excel uses for "CSV (semikolonavgränsad)" and
 * older SCB CSV and PC-Axis files use too.
 */
export interface DecodedText {
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'windows-1252'
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, – , ”, …). Node's
// TextDecoder treats 'windows-1252' as Latin-1, so those bytes are mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  const chunk = 0x4000
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b
    )
    text += String.fromCharCode(...codes)
  }
  return text
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes),
      encoding: 'utf-8'
    }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}
