import type { AppInfo, FileFilter, OpenFileResult, SaveFileResult } from '../../preload/contract'
import type { ExternalLinks } from '../external-links'
import type { WindowCloseGuard } from '../window-close'
import { createBackupHandlers, type BackupHandlerDeps } from './backup-handlers'
import type { IpcHandlers } from './dispatcher'

export interface SaveDialogResult {
  canceled: boolean
  filePath?: string
}
export interface OpenDialogResult {
  canceled: boolean
  filePaths: string[]
}

/** What the handlers need from Electron and the file system, passed in so Node tests can replace it. */
export interface HandlerDeps extends BackupHandlerDeps {
  version: string
  dataFolder: string
  documentsFolder: string
  showSaveDialog(options: { defaultPath: string; filters: FileFilter[] }): Promise<SaveDialogResult>
  showOpenDialog(options: { filters: FileFilter[]; properties: ['openFile'] }): Promise<OpenDialogResult>
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>
  fileSize(path: string): Promise<number>
  readFile(path: string): Promise<Uint8Array>
  joinPath(...parts: string[]): string
  baseName(path: string): string
  externalLinks: ExternalLinks
  windowClose: Pick<WindowCloseGuard, 'setUnsavedChanges'>
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    ...createBackupHandlers(deps),

    'shell:open-external': (request) => deps.externalLinks.open(request.url),

    'window:unsaved-changes': async (request) => {
      deps.windowClose.setUnsavedChanges(request.unsaved)
      return null
    },

    'app:info': async (): Promise<AppInfo> => ({
      version: deps.version,
      dataFolder: deps.dataFolder,
      platform: 'electron'
    }),

    // The path always comes from the user's own choice in the dialog, never from the renderer.
    'file:save': async (request): Promise<SaveFileResult> => {
      const choice = await deps.showSaveDialog({
        defaultPath: deps.joinPath(deps.documentsFolder, request.suggestedName),
        filters: request.filters
      })
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' }
      await deps.writeFileAtomic(choice.filePath, request.data)
      return { status: 'saved', path: choice.filePath }
    },

    'file:open': async (request): Promise<OpenFileResult> => {
      const choice = await deps.showOpenDialog({ filters: request.filters, properties: ['openFile'] })
      const path = choice.filePaths[0]
      if (choice.canceled || !path) return { status: 'cancelled' }
      const name = deps.baseName(path)
      const size = await deps.fileSize(path)
      if (size > request.maxBytes) return { status: 'too-large', name, size, maxBytes: request.maxBytes }
      return { status: 'opened', name, bytes: await deps.readFile(path) }
    }
  }
}
