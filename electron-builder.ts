/**
 * electron-builder configuration: the installers built by `npm run dist`
 * (README, "Installationsfiler"). electron-builder finds this file by its name
 * (electron-builder.ts), so a bare `npx electron-builder` uses it too.
 *
 * What goes into app.asar: the built app (out/), package.json and the window
 * icon. The renderer bundles its libraries and main/preload import only
 * `electron` and Node's built-ins, so no node_modules are needed;
 * tests/unit/packaging/asar-contents.test.ts packs the app and checks both.
 */
import type { Configuration } from 'electron-builder'
import afterPack from './scripts/packaging/after-pack.ts'

/**
 * The MSI UpgradeCode. Windows Installer treats every MSI with the same
 * UpgradeCode as versions of one product, so a newer version replaces the
 * installed one (Intune, SCCM, msiexec). Never change it: an MSI with another
 * code installs beside the old one.
 */
export const MSI_UPGRADE_CODE = '8FD90DD1-77EB-441F-A553-69D48B0C7FEF'

/** Whoever ships the app: copyright, Windows company name, deb vendor. */
export const publisher = process.env.KUGGHJUL_PUBLISHER?.trim() || 'Länsstyrelsen'

/** The deb package's Maintainer field ("Name <e-mail>"); IT sets its own address. */
const maintainer = process.env.KUGGHJUL_MAINTAINER?.trim() || `${publisher} <kugghjul@example.invalid>`

/**
 * Azure Trusted Signing for the Windows files when its account is given
 * (authentication through AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET).
 * Without it electron-builder signs with signtool when CSC_LINK (or
 * WIN_CSC_LINK) and CSC_KEY_PASSWORD name a certificate, and otherwise not at all.
 */
const azure = process.env.KUGGHJUL_AZURE_SIGNING_ENDPOINT
  ? {
      publisherName: publisher,
      endpoint: process.env.KUGGHJUL_AZURE_SIGNING_ENDPOINT,
      codeSigningAccountName: process.env.KUGGHJUL_AZURE_SIGNING_ACCOUNT ?? '',
      certificateProfileName: process.env.KUGGHJUL_AZURE_SIGNING_PROFILE ?? ''
    }
  : null

const config: Configuration = {
  appId: 'se.lansstyrelsen.kugghjul',
  // Installer, shortcut and program-folder name. Electron's own app name (and so
  // the userData folder) stays package.json's "kugghjul": electron-builder does
  // not write productName into the packed package.json (asar-contents test).
  productName: 'Kugghjul',
  copyright: `Copyright © ${new Date().getFullYear()} ${publisher}`,
  // The Windows file version's CompanyName comes from the author.
  extraMetadata: { author: { name: publisher } },
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['package.json', 'out/**', '!out/**/*.map', 'resources/icon.png'],
  asar: true,
  // Swedish UI; English is Chromium's fallback. The other locales are 40 MB of dead weight.
  electronLanguages: ['sv', 'en-US'],
  afterPack,

  win: {
    target: [
      { target: 'msi', arch: ['x64'] },
      { target: 'nsis', arch: ['x64'] }
    ],
    icon: 'resources/icons/256x256.png',
    ...(azure ? { azureSignOptions: azure } : {})
  },
  // Per machine, for Intune / SCCM: Program Files, every user of the computer.
  msi: {
    perMachine: true,
    upgradeCode: MSI_UPGRADE_CODE,
    oneClick: true,
    // A silent install by Intune runs as SYSTEM; the app must not start there.
    runAfterFinish: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Kugghjul',
    artifactName: 'Kugghjul-${version}-${arch}.msi'
  },
  // Per user, for a computer without central deployment: no administrator
  // rights needed, installs under %LOCALAPPDATA%\Programs. One click: an
  // assisted installer with perMachine false would ask "for me or for everyone".
  nsis: {
    oneClick: true,
    perMachine: false,
    deleteAppDataOnUninstall: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Kugghjul',
    artifactName: 'Kugghjul-${version}-${arch}-setup.${ext}'
  },

  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'kugghjul',
    icon: 'resources/icons',
    category: 'Office',
    maintainer,
    vendor: publisher,
    synopsis: 'Stöd för länsstyrelsens jämställdhetssamordnare',
    artifactName: 'Kugghjul-${version}-${arch}.${ext}'
  },
  deb: { packageCategory: 'office' },

  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    icon: 'resources/icons/1024x1024.png',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    artifactName: 'Kugghjul-${version}-${arch}.${ext}'
  },
  dmg: { title: 'Kugghjul ${version}' }
}

export default config
