import { deflateSync } from 'node:zlib'
import type { CertificateSheet } from '@/domain/certificates/certificate-sheet'
import type { CountyLogo } from '@/domain/county-profile'
import { toDataUrl } from '@/io/data-url'

/** A 240×64 PNG: a navy block with a gold bar beside a light field, so it cannot be mistaken for the gear. */
function testLogoPng(): Uint8Array {
  const width = 240
  const height = 64
  const rows: number[] = []
  for (let y = 0; y < height; y++) {
    rows.push(0)
    for (let x = 0; x < width; x++) {
      const rgb =
        x < 64
          ? [0x1d, 0x4f, 0x7c]
          : x < 72
            ? [0xb0, 0x8d, 0x3c]
            : y > 24 && y < 40 && x > 84
              ? [0x1d, 0x4f, 0x7c]
              : [0xe8, 0xef, 0xf6]
      rows.push(...rgb)
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

export const pngLogo: CountyLogo = {
  mimeType: 'image/png',
  fileName: 'logo.png',
  dataUrl: toDataUrl(testLogoPng(), 'image/png')
}

export const svgLogo: CountyLogo = {
  mimeType: 'image/svg+xml',
  fileName: 'logo.svg',
  dataUrl: `data:image/svg+xml;base64,${Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80"><rect width="80" height="80" rx="12" fill="#1d4f7c"/><text x="95" y="52" font-size="30" fill="#1d4f7c">Länsstyrelsen</text></svg>'
  ).toString('base64')}`
}

export function sheet(overrides: Partial<CertificateSheet> = {}): CertificateSheet {
  return {
    number: 'H-2026-014',
    code: 'WMCH-KGY6-EY',
    memberName: 'Åsele Ängsbacka Öländska Éléonorestiftelsen',
    orgNumber: '202100-2304',
    decisionDate: '2026-03-15',
    decisionDateText: '15 mars 2026',
    periodNumber: 1,
    periodStartDate: '2026-03-15',
    periodEndDate: '2029-03-14',
    countyName: 'Kalmar län',
    strategyTitle: 'Ett jämställt Kalmar län 2023–2027',
    signatoryName: 'Helene Öberg',
    signatoryTitle: 'Landshövding',
    issuedOn: '2026-11-23',
    placeAndDate: 'Kalmar den 23 november 2026',
    logo: pngLogo,
    symbol: { kind: 'gear' },
    ...overrides
  }
}
