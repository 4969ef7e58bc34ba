import { describe, expect, it } from 'vitest'
import { detectDelimiter, parseCsv } from '@/io/text/csv'
import { decodeText } from '@/io/text/decode-text'

describe('CSV', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    const text = 'namn;kommentar\r\n"Kalmar kommun";"säger ""hej""; och\nmer"\r\n\r\nNybro;\n'
    expect(parseCsv(text)).toEqual([
      ['namn', 'kommentar'],
      ['Kalmar kommun', 'säger "hej"; och\nmer'],
      ['Nybro', '']
    ])
  })

  it('finds the delimiter Swedish Excel, PxWeb and tab exports use', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';')
    expect(detectDelimiter('"region","kön","2017"\n"01 Stockholms län","män",1')).toBe(',')
    expect(detectDelimiter('a\tb\n1\t2')).toBe('\t')
    // A comma inside a quoted name does not fool it.
    expect(detectDelimiter('namn;orgnr\n"Ideell förening, Kalmar";802000-0003')).toBe(';')
  })

  it('decodes UTF-8 with and without BOM, and falls back to Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Åsa Öberg')
    expect(decodeText(utf8)).toEqual({ text: 'Åsa Öberg', encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe('Åsa Öberg')
    // "Åsa Öberg – 5 €": the en dash (0x96) and euro (0x80) are where Windows-1252 differs from Latin-1.
    const cp1252 = new Uint8Array([
      0xc5, 0x73, 0x61, 0x20, 0xd6, 0x62, 0x65, 0x72, 0x67, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80
    ])
    expect(decodeText(cp1252)).toEqual({ text: 'Åsa Öberg – 5 €', encoding: 'windows-1252' })
  })
})
