import type { AppInfo, FileFilter, OpenFileResult, SaveFileResult } from '../../../preload/contract'

export type { AppInfo, FileFilter, OpenFileResult, SaveFileResult }

/**
 * What the renderer needs from the machine it runs on. Two implementations:
 * Electron (through window.kugghjul) and the web (download / file input).
 */
export interface Platform {
  readonly kind: 'electron' | 'web'
  appInfo(): Promise<AppInfo>
  /** Saves bytes where the user chooses (save dialog, or a browser download). */
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<SaveFileResult>
  /** Lets the user pick one file and returns its bytes. */
  openFile(filters: FileFilter[], maxBytes: number): Promise<OpenFileResult>
}
