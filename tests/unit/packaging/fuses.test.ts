import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import type { AfterPackContext } from 'electron-builder'
import { beforeEach, describe, expect, it } from 'vitest'
import afterPack from '../../../scripts/packaging/after-pack.ts'
import {
  electronBinaryPath,
  flipAndVerifyFuses,
  fuseConfigFor,
  fuseMismatches,
  KUGGHJUL_FUSES
} from '../../../scripts/packaging/fuses.ts'
import { ELECTRON_DEFAULT_WIRE, fakeElectronBinary } from './fake-electron.ts'

/** { RunAsNode: false, … } from a configuration keyed by fuse index (other keys left out). */
const byName = (fuses: object) =>
  Object.fromEntries(
    Object.entries(fuses)
      .filter(([key]) => /^\d+$/.test(key))
      .map(([index, on]) => [FuseV1Options[Number(index)], on])
  )

describe('the fuse configuration', () => {
  it('sets every fuse of the wire, each to its decided value', () => {
    expect(byName(KUGGHJUL_FUSES)).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
      WasmTrapHandlers: true
    })
    const everyFuse = Object.values(FuseV1Options).filter((v) => typeof v === 'number')
    expect(Object.keys(KUGGHJUL_FUSES).map(Number).sort()).toEqual(everyFuse.sort())
  })

  it('requires every fuse, so an Electron with a new one fails the build', () => {
    const config = fuseConfigFor('linux', 'x64')
    expect(config.version).toBe(FuseVersion.V1)
    expect(config.strictlyRequireAllFuses).toBe(true)
    expect(byName(config)).toEqual(byName(KUGGHJUL_FUSES))
  })

  it('redoes the ad-hoc signature only where macOS needs it (arm64, universal)', () => {
    expect(fuseConfigFor('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true)
    expect(fuseConfigFor('darwin', 'universal').resetAdHocDarwinSignature).toBe(true)
    expect(fuseConfigFor('mas', 'arm64').resetAdHocDarwinSignature).toBe(true)
    expect(fuseConfigFor('darwin', 'x64').resetAdHocDarwinSignature).toBe(false)
    expect(fuseConfigFor('win32', 'arm64').resetAdHocDarwinSignature).toBe(false)
    expect(fuseConfigFor('linux', 'arm64').resetAdHocDarwinSignature).toBe(false)
  })
})

describe('the Electron binary in a packed app', () => {
  const packager = { appInfo: { productFilename: 'Kugghjul' }, executableName: 'kugghjul' }

  it('is found where electron-builder puts it on each platform', () => {
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      join('/o', 'Kugghjul.exe')
    )
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
      join('/o', 'Kugghjul.app')
    )
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'mas', packager })).toBe(
      join('/o', 'Kugghjul.app')
    )
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(
      join('/o', 'kugghjul')
    )
  })

  it('is not guessed for a platform it does not know', () => {
    expect(() => electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'aix', packager })).toThrow(
      /Unknown platform aix/
    )
  })
})

describe('afterPack', () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kugghjul-fuses-'))
  })

  const linuxContext = (appOutDir: string) =>
    ({
      appOutDir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'Kugghjul' }, executableName: 'kugghjul' }
    }) as unknown as AfterPackContext

  it('flips every fuse in the packed binary', async () => {
    await writeFile(join(folder, 'kugghjul'), fakeElectronBinary())
    expect(
      fuseMismatches(await getCurrentFuseWire(join(folder, 'kugghjul')), fuseConfigFor('linux', 'x64'))
    ).toHaveLength(7)

    await afterPack(linuxContext(folder))

    const wire = await getCurrentFuseWire(join(folder, 'kugghjul'))
    expect(fuseMismatches(wire, fuseConfigFor('linux', 'x64'))).toEqual([])
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE)
  })

  it('fails the build when the binary carries no fuse wire', async () => {
    await writeFile(join(folder, 'kugghjul'), '#!/bin/sh\n')
    await expect(afterPack(linuxContext(folder))).rejects.toThrow(/sentinel/)
  })

  it('fails the build when Electron has a fuse the configuration does not decide', async () => {
    const newer = join(folder, 'newer')
    await writeFile(newer, fakeElectronBinary([...ELECTRON_DEFAULT_WIRE, FuseState.ENABLE]))
    await expect(flipAndVerifyFuses(newer, fuseConfigFor('linux', 'x64'))).rejects.toThrow(/strictlyRequireAllFuses/)
  })

  it('fails the build when Electron lacks a configured fuse', async () => {
    const older = join(folder, 'older')
    await writeFile(older, fakeElectronBinary(ELECTRON_DEFAULT_WIRE.slice(0, 8)))
    await expect(flipAndVerifyFuses(older, fuseConfigFor('linux', 'x64'))).rejects.toThrow(/not long enough/)
    expect(await readFile(older)).toEqual(fakeElectronBinary(ELECTRON_DEFAULT_WIRE.slice(0, 8)))
  })

  it('names each fuse that is not as configured', () => {
    const wire: Partial<Record<FuseV1Options, number>> = Object.fromEntries(
      ELECTRON_DEFAULT_WIRE.map((state, i) => [i, state])
    )
    expect(fuseMismatches(wire, fuseConfigFor('linux', 'x64'))).toEqual([
      'RunAsNode is on, should be off',
      'EnableCookieEncryption is off, should be on',
      'EnableNodeOptionsEnvironmentVariable is on, should be off',
      'EnableNodeCliInspectArguments is on, should be off',
      'EnableEmbeddedAsarIntegrityValidation is off, should be on',
      'OnlyLoadAppFromAsar is off, should be on',
      'GrantFileProtocolExtraPrivileges is on, should be off'
    ])
  })
})
