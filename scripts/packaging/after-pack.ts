/**
 * electron-builder's afterPack hook (electron-builder.ts): flips the Electron
 * fuses in the packed binary before electron-builder signs it. There is no
 * switch to skip it; a build whose binary has no fuse wire fails here.
 */
import { Arch, type AfterPackContext } from 'electron-builder'
import { electronBinaryPath, flipAndVerifyFuses, fuseConfigFor } from './fuses.ts'

export default async function afterPack(context: AfterPackContext): Promise<void> {
  const binary = electronBinaryPath(context)
  await flipAndVerifyFuses(binary, fuseConfigFor(context.electronPlatformName, Arch[context.arch]))
  console.log(`  • Electron fuses flipped and checked  binary=${binary}`)
}
