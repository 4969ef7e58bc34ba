import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectFileKind, wrongFileKindMessage, type FileKind } from '@/domain/file-kind'

const fixtures = resolve(import.meta.dirname, '../../fixtures')
const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(resolve(fixtures, path)))

/** An old Office file's first sector and a directory sector naming its main stream, as Word and Excel 97–2003 write them. */
function oleFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(1024)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  bytes.set(
    Array.from(stream).flatMap((c) => [c.charCodeAt(0), 0]),
    512 + 128
  )
  return bytes
}

describe('file kind by content', () => {
  it.each<[string, FileKind]>([
    ['wrong-kind/lagesrapport.docx', 'word'],
    ['wrong-kind/intyg.pdf', 'pdf'],
    ['county-logo.png', 'image'],
    ['wrong-kind/foto.jpg', 'image'],
    ['wrong-kind/pixel.gif', 'image'],
    ['wrong-kind/bilder.zip', 'zip'],
    ['stats/scb_befolkningstathet.xlsx', 'xlsx'],
    ['stats/Kolada_3.xlsx', 'xlsx'],
    ['stats/UF0506A1.csv', 'other'],
    ['stats/BE0101N1.px', 'other']
  ])('%s is %s', (path, kind) => {
    expect(detectFileKind(bytesOf(path))).toBe(kind)
  })

  it('tells an old Word document from an old Excel workbook by the stream they hold', () => {
    expect(detectFileKind(oleFile('WordDocument'))).toBe('legacy-word')
    expect(detectFileKind(oleFile('Workbook'))).toBe('legacy-excel')
    expect(detectFileKind(oleFile('PowerPoint Document'))).toBe('legacy-office')
  })

  it('leaves empty and text files to the readers', () => {
    expect(detectFileKind(new Uint8Array())).toBe('other')
    expect(detectFileKind(new TextEncoder().encode('{"format":"kugghjul-backup"}'))).toBe('other')
  })

  it('names the kind in Swedish and adds what the caller says to do', () => {
    expect(wrongFileKindMessage('word', 'Spara tabellen från SCB som .xlsx, .csv eller .px och försök igen.')).toBe(
      'Det här är ett Word-dokument. Spara tabellen från SCB som .xlsx, .csv eller .px och försök igen.'
    )
    expect(wrongFileKindMessage('pdf', 'Välj en annan fil.', 'intyg.pdf')).toBe(
      'Filen "intyg.pdf" är en PDF-fil. Välj en annan fil.'
    )
  })
})
