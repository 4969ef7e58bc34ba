import { constants } from 'node:fs'
import * as fs from 'node:fs/promises'
import { basename, isAbsolute, join, relative, resolve } from 'node:path'
import { writeFileAtomic } from './atomic-write'
import { createBackupFolder } from './backups/backup-folder'
import { createBackupPlaces } from './backups/backup-places'
import { createExternalLinks, type ExternalLinks } from './external-links'
import { createIpcDispatcher } from './ipc/dispatcher'
import { createHandlers, type OpenDialogResult, type SaveDialogResult } from './ipc/handlers'
import type { FileFilter } from '../preload/contract'
import { createMainSettingsStore } from './settings/main-settings'
import { createWindowCloseGuard, type WindowCloseGuard } from './window-close'

/**
 * What only Electron gives the main process: app facts and paths, native
 * dialogs and the system shell. index.ts passes the real ones; the desktop
 * end-to-end tests pass stand-ins and run everything else for real.
 */
export interface ElectronSurface {
  version: string
  /** app.getPath('userData') and app.getPath('documents'). */
  userData: string
  documents: string
  showSaveDialog(options: { defaultPath: string; filters: FileFilter[] }): Promise<SaveDialogResult>
  showOpenDialog(options: { title?: string; filters?: FileFilter[]; properties: string[] }): Promise<OpenDialogResult>
  /** A question box: open this unencrypted page in the browser? */
  confirmUnencrypted(url: string): Promise<boolean>
  /** shell.openExternal */
  openExternal(url: string): Promise<void>
  /** The question box before closing a window with unsaved changes (closeQuestion); true for Stäng. */
  askToClose(): boolean
}

export interface MainServices {
  /** The single entry for every IPC message (sender, channel and payload checked). */
  dispatch: ReturnType<typeof createIpcDispatcher>
  /** For links the window itself tries to follow and for the Help menu. */
  externalLinks: ExternalLinks
  /** Asked by the window's close event. */
  windowClose: WindowCloseGuard
}

/** One folder inside the other or the same: the second backup place must be elsewhere. */
export function foldersOverlap(a: string, b: string): boolean {
  const norm = (p: string) => (process.platform === 'win32' ? resolve(p).toLowerCase() : resolve(p))
  const inside = (child: string, parent: string) => {
    const rel = relative(norm(parent), norm(child))
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
  }
  return inside(a, b) || inside(b, a)
}

async function isWritableFolder(folder: string): Promise<boolean> {
  try {
    if (!(await fs.stat(folder)).isDirectory()) return false
    await fs.access(folder, constants.W_OK)
    return true
  } catch {
    return false
  }
}

export interface MainServiceOptions {
  /** The dev server's address while developing (electron-vite dev); its pages may call IPC too. */
  devServerUrl?: string
  /** The clock backups are named and stamped by. */
  now?: () => Date
}

/** Builds the IPC handlers, backup places and link policy on top of the Electron surface. */
export function createMainServices(surface: ElectronSurface, options: MainServiceOptions = {}): MainServices {
  const now = options.now ?? (() => new Date())
  const write = (path: string, data: Uint8Array) => writeFileAtomic(path, data)
  const folder = (path: string, mustExist: boolean) =>
    createBackupFolder({ folder: path, fs, writeFileAtomic: write, now, mustExist })
  const localFolder = join(surface.userData, 'backups')
  const local = folder(localFolder, false)
  // One object per second folder, so its writes queue like the local ones do.
  const seconds = new Map<string, ReturnType<typeof folder>>()
  const second = (path: string) => seconds.get(path) ?? seconds.set(path, folder(path, true)).get(path)!
  const externalLinks = createExternalLinks({
    openExternal: surface.openExternal,
    confirmUnencrypted: surface.confirmUnencrypted
  })
  const windowClose = createWindowCloseGuard(surface.askToClose)
  const handlers = createHandlers({
    windowClose,
    version: surface.version,
    dataFolder: surface.userData,
    documentsFolder: surface.documents,
    showSaveDialog: surface.showSaveDialog,
    showOpenDialog: surface.showOpenDialog,
    showOpenFolderDialog: surface.showOpenDialog,
    writeFileAtomic: write,
    fileSize: async (path) => (await fs.stat(path)).size,
    readFile: async (path) => new Uint8Array(await fs.readFile(path)),
    joinPath: join,
    baseName: basename,
    externalLinks,
    backups: local,
    backupPlaces: createBackupPlaces({
      localFolder,
      local,
      openSecond: second,
      settings: createMainSettingsStore({
        file: join(surface.userData, 'kugghjul-installningar.json'),
        folder: surface.userData,
        fs,
        writeFileAtomic: write
      }),
      isWritableFolder,
      overlaps: foldersOverlap,
      now
    })
  })
  return { dispatch: createIpcDispatcher(handlers, options.devServerUrl), externalLinks, windowClose }
}
