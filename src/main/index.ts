import * as fs from 'node:fs/promises'
import { basename, join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron'
import { bridgeChannels } from '../preload/contract'
import { createAppProtocolHandler } from './app-protocol'
import { writeFileAtomic } from './atomic-write'
import { createBackupFolder } from './backups/backup-folder'
import { createIpcDispatcher, registerIpcHandlers } from './ipc/dispatcher'
import { createHandlers } from './ipc/handlers'
import { buildMenuTemplate } from './menu'
import { APP_SCHEME, createSecureWindow, denyAllPermissions, hardenWebContents, openExternalIfSafe } from './security'
import { enforceSingleInstance } from './single-instance'
import { preloadPath, startUrl } from './window'

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
let mainWindow: BrowserWindow | null = null
const HELP_URL = 'https://www.regeringen.se/regeringens-politik/jamstalldhet/mal-for-jamstalldhet/'

// Swedish UI language everywhere, so date inputs read 2026-11-23 whatever the system language.
app.commandLine.appendSwitch('lang', 'sv-SE')

// A standard, secure scheme gives the renderer a stable origin, so IndexedDB data never moves.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

if (enforceSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, shell, devServerUrl)
  })

  app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession)
    const rendererDir = join(import.meta.dirname, '../renderer')
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, (file) => fs.readFile(file)))

    const handlers = createHandlers({
      version: app.getVersion(),
      dataFolder: app.getPath('userData'),
      documentsFolder: app.getPath('documents'),
      showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
      showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
      writeFileAtomic: (path, data) => writeFileAtomic(path, data),
      fileSize: async (path) => (await fs.stat(path)).size,
      readFile: async (path) => new Uint8Array(await fs.readFile(path)),
      joinPath: join,
      baseName: basename,
      backups: createBackupFolder({
        folder: join(app.getPath('userData'), 'backups'),
        fs,
        writeFileAtomic: (path, data) => writeFileAtomic(path, data),
        now: () => new Date()
      })
    })
    registerIpcHandlers(ipcMain, createIpcDispatcher(handlers, devServerUrl), Object.values(bridgeChannels))

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          {
            showAbout: () =>
              void dialog.showMessageBox({
                type: 'info',
                title: 'Om Kugghjul',
                message: `Kugghjul ${app.getVersion()}`,
                detail: 'Stöd för länsstyrelsens arbete med anslutna verksamheter i länets jämställdhetsstrategi. Alla uppgifter sparas på den här datorn.'
              }),
            openHelp: () => void openExternalIfSafe(shell, HELP_URL)
          },
          process.platform === 'darwin',
          !app.isPackaged
        ) as Electron.MenuItemConstructorOptions[]
      )
    )

    mainWindow = createSecureWindow(BrowserWindow, preloadPath(import.meta.dirname), join(import.meta.dirname, '../../resources/icon.png'))
    mainWindow.once('ready-to-show', () => mainWindow?.show())
    mainWindow.on('closed', () => (mainWindow = null))
    void mainWindow.loadURL(startUrl(devServerUrl))
  })

  app.on('window-all-closed', () => app.quit())
}
