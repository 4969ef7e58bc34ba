/**
 * An e-mail draft as an .eml file (RFC 5322 with MIME): `X-Unsent: 1` makes
 * Outlook open it as a new message ready to send, and Thunderbird opens it
 * with "Redigera som ny"; one text part and one attachment, both base64.
 */
export interface EmlDraft {
  to: readonly string[]
  subject: string
  body: string
  attachment: { fileName: string; mimeType: string; bytes: Uint8Array }
  date: Date
}

const CRLF = '\r\n'

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Base64 in lines of 76 characters, as MIME wants. */
function base64Lines(bytes: Uint8Array): string {
  return (toBase64(bytes).match(/.{1,76}/g) ?? []).join(CRLF)
}

/** A header value with non-ASCII characters as RFC 2047 encoded words. */
function encodedWord(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text
  return `=?UTF-8?B?${toBase64(new TextEncoder().encode(text))}?=`
}

/** RFC 5322 date: "Sat, 05 Dec 2026 10:00:00 +0000". */
function mailDate(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
}

export function emlDraft(draft: EmlDraft): Uint8Array {
  const boundary = `kugghjul-${toBase64(new TextEncoder().encode(draft.date.toISOString())).replace(/[^A-Za-z0-9]/g, '')}`
  const { fileName, mimeType, bytes } = draft.attachment
  const lines = [
    'X-Unsent: 1',
    `To: ${draft.to.join(', ')}`,
    `Subject: ${encodedWord(draft.subject)}`,
    `Date: ${mailDate(draft.date)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(new TextEncoder().encode(draft.body.replace(/\r?\n/g, CRLF))),
    `--${boundary}`,
    `Content-Type: ${mimeType}; name="${fileName}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; filename="${fileName}"`,
    '',
    base64Lines(bytes),
    `--${boundary}--`,
    ''
  ]
  return new TextEncoder().encode(lines.join(CRLF))
}
