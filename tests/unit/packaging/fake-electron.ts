import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FuseState } from '@electron/fuses'

/**
 * The marker @electron/fuses looks for in an Electron binary; the fuse wire
 * follows it: a version byte, a length byte, then one byte per fuse.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** Electron 45's fuses as shipped, in wire order (RunAsNode … WasmTrapHandlers). */
export const ELECTRON_DEFAULT_WIRE = [true, false, true, true, false, false, false, true, true].map((on) =>
  on ? FuseState.ENABLE : FuseState.DISABLE
)

/** Bytes that stand in for an Electron binary: a fuse wire and nothing that runs. */
export function fakeElectronBinary(wire: number[] = ELECTRON_DEFAULT_WIRE): Buffer {
  return Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, wire.length, ...wire]),
    Buffer.from('\n')
  ])
}

/**
 * An unpacked Linux Electron distribution for electron-builder's electronDist
 * (Electron itself cannot be downloaded on the development machines): the
 * `electron` executable with a fuse wire and a few locale files, so the
 * build's afterPack hook and electronLanguages act on it as on the real one.
 */
export async function writeFakeElectronDist(folder: string): Promise<string> {
  await mkdir(join(folder, 'locales'), { recursive: true })
  const binary = join(folder, 'electron')
  await writeFile(binary, fakeElectronBinary())
  await chmod(binary, 0o755)
  for (const locale of ['sv', 'en-US', 'de', 'fr']) await writeFile(join(folder, 'locales', `${locale}.pak`), locale)
  await writeFile(join(folder, 'version'), '45.4.1')
  return folder
}
