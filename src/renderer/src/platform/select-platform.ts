import type { KugghjulBridge } from '../../../preload/contract'
import { createElectronPlatform } from './electron-platform'
import type { Platform } from './platform'
import { createWebPlatform } from './web-platform'

/** Electron when the preload exposed its bridge, the browser otherwise. */
export function selectPlatform(win: Window & { kugghjul?: KugghjulBridge }): Platform {
  if (win.kugghjul) return createElectronPlatform(win.kugghjul)
  return createWebPlatform({
    document: win.document,
    createObjectUrl: (blob) => URL.createObjectURL(blob),
    revokeObjectUrl: (url) => URL.revokeObjectURL(url)
  })
}
