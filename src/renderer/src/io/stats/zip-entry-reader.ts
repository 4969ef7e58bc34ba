import { Inflate } from 'fflate'
import { statisticsFileErrors } from './statistics-file-error'
import type { ZipEntry } from './zip-directory'

/** Compressed bytes fed to the inflater at a time; at most ~1,000× this comes out per step. */
const CHUNK_BYTES = 64 * 1024

class OversizedEntry extends Error {}

/**
 * Inflates one entry into a buffer of exactly the size the directory
 * declares, and stops as soon as more comes out: a zip that lies about its
 * sizes cannot make us allocate or work more than the guard allowed.
 */
export function readZipEntry(file: string, bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  if (entry.method === 0) return data.slice()
  if (entry.method !== 8)
    throw statisticsFileErrors.damaged(file, `delen ${entry.name} är packad på ett sätt som inte stöds`)
  const out = new Uint8Array(entry.uncompressedSize)
  let written = 0
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) throw new OversizedEntry()
    out.set(chunk, written)
    written += chunk.length
  })
  try {
    if (data.length === 0) inflater.push(data, true)
    for (let at = 0; at < data.length; at += CHUNK_BYTES) {
      inflater.push(data.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= data.length)
    }
  } catch (error) {
    if (error instanceof OversizedEntry) {
      throw statisticsFileErrors.zipBomb(file, `delen ${entry.name} blir större uppackad än filen själv uppger`)
    }
    throw statisticsFileErrors.damaged(file, `delen ${entry.name} går inte att packa upp`, error)
  }
  if (written !== out.length) throw statisticsFileErrors.damaged(file, `delen ${entry.name} är ofullständig`)
  return out
}
