import { statisticsFileErrors } from './statistics-file-error'

/**
 * Reads a zip file's central directory without inflating anything, so the
 * guard can judge entry count and sizes before a single byte is unpacked.
 */
export interface ZipEntry {
  name: string
  /** 0 = stored, 8 = deflate. */
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Where the entry's compressed bytes start in the file. */
  dataOffset: number
}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const ZIP64_MARKER = 0xffffffff

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  }
  return -1
}

export function readZipDirectory(file: string, bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndOfDirectory(view)
  if (end < 0)
    throw statisticsFileErrors.damaged(file, 'zip-filens innehållsförteckning saknas, filen är troligen avbruten')
  const count = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  const directoryOffset = view.getUint32(end + 16, true)
  if (directoryOffset === ZIP64_MARKER || directoryOffset + directorySize > end) {
    throw statisticsFileErrors.damaged(file, 'zip-filens innehållsförteckning pekar utanför filen')
  }
  const decoder = new TextDecoder()
  const entries: ZipEntry[] = []
  let at = directoryOffset
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw statisticsFileErrors.damaged(file, 'en post i zip-filens innehållsförteckning är trasig')
    }
    const flags = view.getUint16(at + 8, true)
    const nameLength = view.getUint16(at + 28, true)
    const entryEnd = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const compressedSize = view.getUint32(at + 20, true)
    const uncompressedSize = view.getUint32(at + 24, true)
    const localOffset = view.getUint32(at + 42, true)
    if (flags & 1)
      throw statisticsFileErrors.damaged(file, 'filen är krypterad eller lösenordsskyddad; spara den utan lösenord')
    if (compressedSize === ZIP64_MARKER || uncompressedSize === ZIP64_MARKER || localOffset === ZIP64_MARKER) {
      throw statisticsFileErrors.zipBomb(file, 'en del av filen är större än 4 GB uppackad')
    }
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize,
      uncompressedSize,
      dataOffset: dataOffset(file, view, localOffset, compressedSize)
    })
    at = entryEnd
  }
  return entries
}

function dataOffset(file: string, view: DataView, localOffset: number, compressedSize: number): number {
  if (localOffset + 30 > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_HEADER) {
    throw statisticsFileErrors.damaged(file, 'en del av zip-filen saknas')
  }
  const offset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true)
  if (offset + compressedSize > view.byteLength)
    throw statisticsFileErrors.damaged(file, 'filen tar slut mitt i en del, den är troligen avbruten')
  return offset
}
