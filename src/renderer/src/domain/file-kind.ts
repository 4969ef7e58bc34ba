/**
 * What a file is by its content, not its name: a coordinator picks "the
 * table from SCB" in a folder where the Word report, the PDF and the logo
 * lie beside it, and a renamed file keeps what it is. Every import (the
 * statistics, the member register, a backup) asks here, so a wrong file is
 * named the same way everywhere; each import adds its own "what to do".
 */
export type FileKind =
  | 'xlsx'
  | 'word'
  | 'powerpoint'
  | 'zip'
  | 'legacy-excel'
  | 'legacy-word'
  | 'legacy-office'
  | 'pdf'
  | 'image'
  /** Anything else: text (CSV, PX, JSON) or bytes we do not recognise. */
  | 'other'

const ZIP = [0x50, 0x4b]
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38] // GIF8
]

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte)
}

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return zipKind(zipEntryNames(bytes))
  if (startsWith(bytes, OLE2)) return oleKind(bytes)
  if (startsWith(bytes, PDF)) return 'pdf'
  if (IMAGES.some((signature) => startsWith(bytes, signature))) return 'image'
  return 'other'
}

function zipKind(names: readonly string[]): FileKind {
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx'
  if (names.some((name) => name.startsWith('word/'))) return 'word'
  if (names.some((name) => name.startsWith('ppt/'))) return 'powerpoint'
  // A zip whose directory cannot be read is left to the workbook reader, which says it is damaged.
  return names.length === 0 ? 'xlsx' : 'zip'
}

/** The names in a zip's central directory, read without unpacking anything; [] when there is none to read. */
function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const earliest = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return []
  const count = view.getUint16(end + 10, true)
  const names: string[] = []
  const decoder = new TextDecoder()
  for (let i = 0, at = view.getUint32(end + 16, true); i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) break
    const nameLength = view.getUint16(at + 28, true)
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)))
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return names
}

/** Old Office files share one container; the stream names in its directory (UTF-16) tell Word from Excel. */
function oleKind(bytes: Uint8Array): FileKind {
  const text = new TextDecoder('utf-16le').decode(bytes.subarray(0, bytes.length - (bytes.length % 2)))
  if (text.includes('WordDocument')) return 'legacy-word'
  if (text.includes('Workbook') || text.includes('Book')) return 'legacy-excel'
  return 'legacy-office'
}

const names: Readonly<Record<Exclude<FileKind, 'other'>, string>> = {
  xlsx: 'en Excel-arbetsbok',
  word: 'ett Word-dokument',
  powerpoint: 'en PowerPoint-presentation',
  zip: 'en zip-fil (en packad mapp), ingen Excel-arbetsbok',
  'legacy-excel': 'en Excel-fil i det gamla formatet (.xls)',
  'legacy-word': 'ett Word-dokument i det gamla formatet (.doc)',
  'legacy-office': 'en Office-fil i det gamla formatet',
  pdf: 'en PDF-fil',
  image: 'en bild'
}

/** "Filen "rapport.docx" är ett Word-dokument." (or "Det här är …" without a name) followed by what to do. */
export function wrongFileKindMessage(kind: Exclude<FileKind, 'other'>, whatToDo: string, file?: string): string {
  return `${file === undefined ? 'Det här' : `Filen "${file}"`} är ${names[kind]}. ${whatToDo}`
}
