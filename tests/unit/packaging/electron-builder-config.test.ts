import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Configuration, TargetConfiguration } from 'electron-builder'
import { afterEach, describe, expect, it, vi } from 'vitest'
import config, { MSI_UPGRADE_CODE } from '../../../electron-builder.ts'
import afterPack from '../../../scripts/packaging/after-pack.ts'

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(file)
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

const targets = (platform: Configuration['win' | 'linux' | 'mac']) =>
  ((platform?.target ?? []) as (string | TargetConfiguration)[]).map((t) => (typeof t === 'string' ? t : t.target))

describe('electron-builder configuration', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('names the app and packs only the built app into app.asar', () => {
    expect(config.appId).toBe('se.lansstyrelsen.kugghjul')
    expect(config.productName).toBe('Kugghjul')
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(['package.json', 'out/**', '!out/**/*.map', 'resources/icon.png'])
    expect(config.directories?.output).toBe('dist')
    expect(config.afterPack).toBe(afterPack)
    expect(config.electronFuses, 'fuses are flipped by the afterPack hook, not a second time').toBeUndefined()
    expect(
      config.disableAsarIntegrity ?? false,
      'asar integrity is what EnableEmbeddedAsarIntegrityValidation checks'
    ).toBe(false)
  })

  it('builds an MSI per machine with a fixed upgrade code, and an NSIS installer per user', () => {
    expect(targets(config.win)).toEqual(['msi', 'nsis'])
    expect(config.msi?.perMachine).toBe(true)
    expect(MSI_UPGRADE_CODE).toBe('8FD90DD1-77EB-441F-A553-69D48B0C7FEF')
    expect(config.msi?.upgradeCode).toBe(MSI_UPGRADE_CODE)
    expect(config.msi?.runAfterFinish).toBe(false)
    expect(config.nsis?.perMachine).toBe(false)
    expect(config.nsis?.oneClick).toBe(true)
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('builds AppImage and deb for Linux, in the Office category, and a dmg for macOS', () => {
    expect(targets(config.linux)).toEqual(['AppImage', 'deb'])
    expect(config.linux?.category).toBe('Office')
    expect(config.linux?.maintainer, 'a deb needs "Name <e-mail>"').toMatch(/^.+ <.+@.+>$/)
    expect(config.linux?.executableName).toBe('kugghjul')
    expect(targets(config.mac)).toEqual(['dmg'])
  })

  it('names the publisher from KUGGHJUL_PUBLISHER, Länsstyrelsen when unset', async () => {
    vi.stubEnv('KUGGHJUL_PUBLISHER', undefined)
    vi.stubEnv('KUGGHJUL_MAINTAINER', undefined)
    vi.resetModules()
    const unset = (await import('../../../electron-builder.ts')).default
    expect(unset.copyright).toMatch(/^Copyright © \d{4} Länsstyrelsen$/)
    expect(unset.linux?.maintainer).toMatch(/^Länsstyrelsen <.+@.+>$/)

    vi.stubEnv('KUGGHJUL_PUBLISHER', 'Länsstyrelsen i Kalmar län')
    vi.resetModules()
    const other = (await import('../../../electron-builder.ts')).default
    expect(other.copyright).toMatch(/ Länsstyrelsen i Kalmar län$/)
    expect(other.extraMetadata).toEqual({ author: { name: 'Länsstyrelsen i Kalmar län' } })
    expect(other.linux?.maintainer).toMatch(/^Länsstyrelsen i Kalmar län </)
  })

  it('has icons large enough for every target', async () => {
    expect(await pngSize(config.win!.icon!)).toEqual([256, 256])
    expect(await pngSize(config.mac!.icon!)).toEqual([1024, 1024])
    const folder = config.linux!.icon!
    const sizes = (await readdir(folder)).sort()
    expect(sizes).toEqual(
      expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '128x128.png', '256x256.png', '512x512.png'])
    )
    for (const name of sizes) {
      const n = Number(name.split('x')[0])
      expect(await pngSize(join(folder, name)), name).toEqual([n, n])
    }
  })
})
