import type { FileFilter, OpenFileResult } from '../../../preload/contract'
import type { Platform, Unsupported } from './platform'

declare const __APP_VERSION__: string

/** The browser-side pieces the web platform uses, passed in so tests can drive them. */
export interface WebPlatformDeps {
  document: Document
  createObjectUrl(blob: Blob): string
  revokeObjectUrl(url: string): void
}

/** The browser has no folder of its own to keep backups in; the user downloads and uploads them instead. */
const noAutomaticBackups: Unsupported = {
  status: 'unsupported',
  message:
    'Automatiska säkerhetskopior finns bara i skrivbordsversionen av Kugghjul. I webbläsaren sparar du en säkerhetskopia med Exportera (den hamnar bland dina hämtade filer) och återställer med Läs in säkerhetskopia.'
}

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
}

function clickHiddenLink(
  document: Document,
  attributes: Partial<Pick<HTMLAnchorElement, 'href' | 'download' | 'target' | 'rel'>>
): void {
  const link = Object.assign(document.createElement('a'), attributes)
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
}

export function createWebPlatform(deps: WebPlatformDeps): Platform {
  const { document } = deps
  // The browser's own "Leave site?" question; it shows no text of ours.
  const keepPage = (event: BeforeUnloadEvent) => event.preventDefault()
  return {
    kind: 'web',
    writeAutomaticBackup: async () => noAutomaticBackups,
    listAutomaticBackups: async () => noAutomaticBackups,
    readAutomaticBackup: async () => noAutomaticBackups,
    backupPlaces: async () => noAutomaticBackups,
    chooseSecondBackupFolder: async () => noAutomaticBackups,
    forgetSecondBackupFolder: async () => noAutomaticBackups,

    async reportUnsavedChanges(unsaved) {
      if (unsaved) document.defaultView?.addEventListener('beforeunload', keepPage)
      else document.defaultView?.removeEventListener('beforeunload', keepPage)
    },

    // The browser itself asks where a link goes (a new tab, the mail program).
    async openLink(url) {
      // A mailto: link opens the mail program; a new tab for it would stay blank.
      clickHiddenLink(
        document,
        url.startsWith('mailto:') ? { href: url } : { href: url, target: '_blank', rel: 'noopener noreferrer' }
      )
      return { status: 'opened' }
    },
    appInfo: async () => ({
      version: __APP_VERSION__,
      dataFolder: 'Webbläsarens lagring (IndexedDB) för den här webbadressen',
      platform: 'web'
    }),

    // The browser decides where downloads go; we cannot know whether the user kept it.
    async saveFile(suggestedName, data) {
      const url = deps.createObjectUrl(new Blob([data as BlobPart]))
      clickHiddenLink(document, { href: url, download: suggestedName })
      setTimeout(() => deps.revokeObjectUrl(url), 60_000)
      return { status: 'saved', path: suggestedName }
    },

    openFile(filters, maxBytes) {
      return new Promise<OpenFileResult>((resolve, reject) => {
        const input = document.createElement('input')
        input.type = 'file'
        input.accept = acceptAttribute(filters)
        input.style.display = 'none'
        input.addEventListener('change', () => {
          const file = input.files?.[0]
          input.remove()
          if (!file) return resolve({ status: 'cancelled' })
          if (file.size > maxBytes) return resolve({ status: 'too-large', name: file.name, size: file.size, maxBytes })
          file
            .arrayBuffer()
            .then((buffer) => resolve({ status: 'opened', name: file.name, bytes: new Uint8Array(buffer) }), reject)
        })
        input.addEventListener('cancel', () => {
          input.remove()
          resolve({ status: 'cancelled' })
        })
        document.body.append(input)
        input.click()
      })
    }
  }
}
