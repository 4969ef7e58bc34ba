import { describe, expect, it } from 'vitest'
import { certificateAttachmentName, certificateEmail } from '@/domain/certificates/certificate-email'
import { emlDraft } from '@/io/email/eml-draft'
import { certificatesPdf } from '@/io/pdf/certificate-pdf'
import { sheet } from '../pdf/certificate-sheets'

/** A plain MIME reader for the test: headers, and each part's headers and decoded body. */
function parseEml(bytes: Uint8Array) {
  const text = new TextDecoder().decode(bytes)
  const [head, ...rest] = text.split('\r\n\r\n')
  const headers = (block: string) =>
    Object.fromEntries(
      block
        .split('\r\n')
        .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()])
    )
  const top = headers(head!)
  const boundary = /boundary="([^"]+)"/.exec(top['content-type']!)![1]!
  const body = rest.join('\r\n\r\n')
  const parts = body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((raw) => {
      const [partHead, ...partBody] = raw.replace(/^\r\n/, '').split('\r\n\r\n')
      return {
        headers: headers(partHead!),
        bytes: Uint8Array.from(Buffer.from(partBody.join('').replace(/\s+/g, ''), 'base64'))
      }
    })
  return { headers: top, parts, lines: text.split('\r\n'), tail: body.trimEnd().endsWith(`--${boundary}--`) }
}

const decodeWord = (value: string) => {
  const m = /^=\?UTF-8\?B\?(.*)\?=$/.exec(value)
  return m ? Buffer.from(m[1]!, 'base64').toString('utf8') : value
}

describe('certificate e-mail draft (.eml)', () => {
  it('is an unsent draft to the contact persons with a Swedish subject and body and the certificate PDF attached byte for byte', async () => {
    const certificate = sheet({ memberName: 'Högsby kommun' })
    const pdf = await certificatesPdf([certificate])
    const eml = emlDraft({
      to: ['lena.ek@hogsby.se', 'asa.oberg@kalmar.se'],
      ...certificateEmail(certificate),
      attachment: { fileName: certificateAttachmentName(certificate.number), mimeType: 'application/pdf', bytes: pdf },
      date: new Date('2026-12-05T10:00:00Z')
    })
    const parsed = parseEml(eml)
    expect(parsed.headers['x-unsent']).toBe('1')
    expect(parsed.headers['to']).toBe('lena.ek@hogsby.se, asa.oberg@kalmar.se')
    expect(decodeWord(parsed.headers['subject']!)).toBe(
      `Intyg om anslutning till ${certificate.strategyTitle} – Högsby kommun`
    )
    expect(parsed.headers['date']).toBe('Sat, 05 Dec 2026 10:00:00 +0000')
    expect(parsed.headers['mime-version']).toBe('1.0')
    expect(parsed.tail).toBe(true)
    expect(parsed.lines.every((line) => line.length <= 998)).toBe(true)

    const [text, attachment] = parsed.parts
    expect(text!.headers['content-type']).toBe('text/plain; charset=UTF-8')
    const body = new TextDecoder().decode(text!.bytes)
    expect(body).toContain(`Här kommer intyget om att Högsby kommun är ansluten till ${certificate.strategyTitle}`)
    expect(body).toContain(`nummer ${certificate.number} och kontrollkoden ${certificate.code}`)
    expect(attachment!.headers['content-disposition']).toBe(
      `attachment; filename="${certificateAttachmentName(certificate.number)}"`
    )
    expect(attachment!.headers['content-type']).toMatch(/^application\/pdf; name="intyg-[A-Z]+-\d{4}-\d{3}\.pdf"$/)
    expect(Buffer.from(attachment!.bytes).equals(Buffer.from(pdf))).toBe(true)
    expect(Buffer.from(attachment!.bytes.subarray(0, 5)).toString()).toBe('%PDF-')
  })
})
