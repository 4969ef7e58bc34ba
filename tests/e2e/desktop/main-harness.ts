/**
 * The desktop half of the end-to-end tests: the real main-process services
 * (dispatcher with its sender, channel and payload checks, handlers, backup
 * folders, atomic writes, settings file) run in the test's Node process on a
 * temporary userData folder. Only what Electron itself provides is a stand-in
 * here: the native save/open dialogs (the test answers them), the question
 * box before an http link, shell.openExternal (recorded) and app.getPath.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createMainServices } from '../../../src/main/main-services'
import pkg from '../../../package.json' with { type: 'json' }
import { decodeIpc, encodeIpc } from './ipc-codec'

export interface DesktopHarness {
  /** app.getPath('userData') for this test. */
  userData: string
  /** <userData>/backups, where main keeps automatic backups. */
  backupsFolder: string
  /** app.getPath('documents'): save dialogs propose this folder. */
  documents: string
  /** A folder for files the test "picks" in open dialogs. */
  pickFolder: string
  /** Every save dialog's proposed path, in order. */
  saveDialogs: string[]
  /** Links handed to shell.openExternal, in order. */
  openedExternally: string[]
  /** URLs the http question was asked about, in order. */
  unencryptedQuestions: string[]
  /** The answer to the next open dialog: a path, or null for Avbryt. An open dialog nobody answered fails the test. */
  answerNextOpen(path: string | null): void
  /** The answer to the next http question (default: Avbryt). */
  answerNextUnencrypted(open: boolean): void
  /** Resolves with the path of the next file a save dialog wrote. */
  nextSave(): Promise<string>
  /** The user closes the window; `answer` is what they click in the unsaved-changes question. true: the window closed. */
  closeWindow(answer: 'Stäng' | 'Avbryt'): boolean
  /** How many times the unsaved-changes question was shown. */
  closeQuestions: number
  /** One IPC message from the page: `url` is the sending frame's. */
  invoke(channel: unknown, payload: unknown, url: string): Promise<unknown>
}

export async function startDesktopMain(root: string, appOrigin: string): Promise<DesktopHarness> {
  const userData = join(root, 'userData')
  const documents = join(root, 'Dokument')
  const pickFolder = join(root, 'Hämtade filer')
  await Promise.all([
    mkdir(userData, { recursive: true }),
    mkdir(documents, { recursive: true }),
    mkdir(pickFolder, { recursive: true })
  ])

  const openAnswers: (string | null)[] = []
  const unencryptedAnswers: boolean[] = []
  const saveWaiters: ((path: string) => void)[] = []
  let closeAnswer: 'Stäng' | 'Avbryt' = 'Avbryt'
  const harness: Omit<DesktopHarness, 'invoke' | 'closeWindow'> = {
    closeQuestions: 0,
    userData,
    backupsFolder: join(userData, 'backups'),
    documents,
    pickFolder,
    saveDialogs: [],
    openedExternally: [],
    unencryptedQuestions: [],
    answerNextOpen: (path) => void openAnswers.push(path),
    answerNextUnencrypted: (open) => void unencryptedAnswers.push(open),
    nextSave: () => new Promise((resolve) => saveWaiters.push(resolve))
  }

  const { dispatch, windowClose } = createMainServices(
    {
      version: pkg.version,
      userData,
      documents,
      // The user accepts the proposed name and folder.
      showSaveDialog: async ({ defaultPath }) => {
        harness.saveDialogs.push(defaultPath)
        return { canceled: false, filePath: defaultPath }
      },
      showOpenDialog: async () => {
        if (openAnswers.length === 0) throw new Error('Testet har inte svarat på dialogrutan för att öppna en fil.')
        const path = openAnswers.shift()!
        return path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] }
      },
      confirmUnencrypted: async (url) => {
        harness.unencryptedQuestions.push(url)
        return unencryptedAnswers.shift() ?? false
      },
      openExternal: async (url) => void harness.openedExternally.push(url),
      askToClose: () => {
        harness.closeQuestions++
        return closeAnswer === 'Stäng'
      }
    },
    // The page is served by vite preview instead of app://, as in `npm run dev`.
    { devServerUrl: appOrigin }
  )

  return Object.assign(harness, {
    closeWindow(answer: 'Stäng' | 'Avbryt') {
      closeAnswer = answer
      return windowClose.mayClose()
    },
    async invoke(channel: unknown, payload: unknown, url: string) {
      const result = structuredClone(await dispatch(channel, decodeIpc(payload), { url }))
      const saved = result as { status?: string; path?: string }
      if (channel === 'file:save' && saved.status === 'saved' && saved.path) saveWaiters.shift()?.(saved.path)
      return encodeIpc(result)
    }
  })
}
