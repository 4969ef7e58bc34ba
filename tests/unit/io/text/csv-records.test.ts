import { describe, expect, it } from 'vitest'
import { detectDelimiter, parseCsvRecords } from '@/io/text/csv'
import { decodeText } from '@/io/text/decode-text'

describe('the shared CSV parser as the statistics readers use it', () => {
  it('skips a title line without delimiters when it detects the delimiter', () => {
    expect(
      detectDelimiter('"Medellön efter region, kön och år"\n\n"region"\t"kön"\t"2023"\n"0880 Kalmar"\t"män"\t41200')
    ).toBe('\t')
  })

  it('keeps blank lines as empty records and tells quoted fields from unquoted ones', () => {
    const records = parseCsvRecords('"a";1\n\n"b";..\n', ';', {
      keepBlankLines: true,
      field: (raw, quoted) => `${quoted ? 'q' : 'u'}:${raw}`
    })
    expect(records).toEqual([['q:a', 'u:1'], [], ['q:b', 'u:..']])
  })

  it('decodes UTF-16 with a byte-order mark (Excel "Unicode-text")', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0xf6, 0x00, 0x6e, 0x00])
    expect(decodeText(bytes)).toEqual({ text: 'Kön', encoding: 'utf-16le' })
  })
})
