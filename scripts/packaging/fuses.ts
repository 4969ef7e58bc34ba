/**
 * Electron fuses for the packaged app: switches compiled into the Electron
 * binary that turn off ways to run it as something other than Kugghjul.
 * They are flipped at pack time (after-pack.ts), before signing, and read back
 * so a build whose binary does not carry them fails.
 */
import { join } from 'node:path'
import {
  flipFuses,
  FuseState,
  FuseV1Options,
  FuseVersion,
  getCurrentFuseWire,
  type FuseV1Config
} from '@electron/fuses'

/**
 * Every fuse of the V1 wire, each with the value Kugghjul ships. All are
 * listed (strictlyRequireAllFuses), so an Electron upgrade that adds a fuse
 * fails the build until someone decides its value here.
 */
export const KUGGHJUL_FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn the signed binary into a general Node runtime. */
  [FuseV1Options.RunAsNode]: false,
  /** Cookies on disk encrypted with an OS-protected key (the app sets none today; once on, it stays on). */
  [FuseV1Options.EnableCookieEncryption]: true,
  /** NODE_OPTIONS could preload code into main. */
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  /** --inspect and friends would open a debugger on main. */
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  /** Windows and macOS check app.asar against the hash electron-builder embeds in the executable / Info.plist. */
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  /** Load the app only from app.asar, so a loose resources/app folder cannot replace it. */
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  /** Off: we ship no browser-process-specific V8 snapshot (on without one, Electron would not start). */
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  /** The renderer is served from app://, never file://, so file: gets no extra privileges. */
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  /** Electron's default: V8 traps out-of-bounds WebAssembly memory access with signal handlers. */
  [FuseV1Options.WasmTrapHandlers]: true
} as const satisfies Record<FuseV1Options, boolean>

/**
 * The @electron/fuses configuration for one packed app. On Apple Silicon the
 * ad-hoc signature must be redone after the binary changes, or macOS refuses
 * to start an app that is not signed afterwards (@electron/fuses README,
 * "Apple Silicon"); a universal app carries an arm64 slice too. Real signing,
 * which electron-builder does after afterPack, replaces that signature.
 */
export function fuseConfigFor(platform: string, arch: string): FuseV1Config {
  const darwin = platform === 'darwin' || platform === 'mas'
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: darwin && (arch === 'arm64' || arch === 'universal'),
    ...KUGGHJUL_FUSES
  }
}

/** What of electron-builder's afterPack context this module reads. */
export interface PackedApp {
  appOutDir: string
  electronPlatformName: string
  packager: { appInfo: { productFilename: string }; executableName?: string }
}

/**
 * The Electron binary electron-builder has just packed, named as its own
 * built-in fuse step names it: `<productName>.app` (the fuse wire then lives
 * in the Electron Framework inside, which @electron/fuses finds), `<productName>.exe`,
 * and on Linux the executable name (the lower-case package name unless set).
 */
export function electronBinaryPath(app: PackedApp): string {
  const { appOutDir, electronPlatformName, packager } = app
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`)
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    case 'linux':
      if (!packager.executableName) throw new Error('electron-builder gave no Linux executable name')
      return join(appOutDir, packager.executableName)
    default:
      throw new Error(`Unknown platform ${electronPlatformName}: cannot find the Electron binary to flip its fuses`)
  }
}

/** Fuses that differ from the configuration, e.g. ["RunAsNode is on, should be off"]. */
export function fuseMismatches(wire: Partial<Record<FuseV1Options, number>>, config: FuseV1Config): string[] {
  const problems: string[] = []
  for (const option of Object.values(FuseV1Options).filter((v): v is FuseV1Options => typeof v === 'number')) {
    const wanted = (config as Partial<Record<FuseV1Options, boolean>>)[option]
    if (wanted === undefined) continue
    const actual = wire[option]
    const expected = wanted ? FuseState.ENABLE : FuseState.DISABLE
    if (actual !== expected) {
      const seen =
        actual === FuseState.ENABLE
          ? 'on'
          : actual === FuseState.DISABLE
            ? 'off'
            : actual === undefined
              ? 'missing'
              : `state ${actual}`
      problems.push(`${FuseV1Options[option]} is ${seen}, should be ${wanted ? 'on' : 'off'}`)
    }
  }
  return problems
}

/** Flips the fuses in one binary and reads them back; throws if the binary does not carry them afterwards. */
export async function flipAndVerifyFuses(binary: string, config: FuseV1Config): Promise<void> {
  await flipFuses(binary, config)
  const problems = fuseMismatches(await getCurrentFuseWire(binary), config)
  if (problems.length > 0) throw new Error(`Fuses not as configured in ${binary}: ${problems.join('; ')}`)
}
