import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron'
import { bridgeChannels } from '../preload/contract'
import { createAppProtocolHandler } from './app-protocol'
import { registerIpcHandlers } from './ipc/dispatcher'
import { createMainServices } from './main-services'
import { buildMenuTemplate } from './menu'
import { closeQuestion } from './window-close'
import { APP_SCHEME, createSecureWindow, denyAllPermissions, hardenWebContents } from './security'
import { enforceSingleInstance } from './single-instance'
import { devServerUrlFor, preloadPath, startUrl } from './window'

const devServerUrl = devServerUrlFor(app.isPackaged, process.env)
let mainWindow: BrowserWindow | null = null
const HELP_URL = 'https://www.regeringen.se/regeringens-politik/jamstalldhet/mal-for-jamstalldhet/'

// Swedish UI language everywhere, so date inputs read 2026-11-23 whatever the system language.
app.commandLine.appendSwitch('lang', 'sv-SE')

// A standard, secure scheme gives the renderer a stable origin, so IndexedDB data never moves.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

const services = createMainServices(
  {
    version: app.getVersion(),
    userData: app.getPath('userData'),
    documents: app.getPath('documents'),
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) =>
      mainWindow
        ? dialog.showOpenDialog(mainWindow, options as Electron.OpenDialogOptions)
        : dialog.showOpenDialog(options as Electron.OpenDialogOptions),
    confirmUnencrypted: async (url) => {
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        title: 'Okrypterad webbsida',
        message: 'Sidan är inte krypterad',
        detail: `${url}\n\nSidan använder http i stället för https. Det du läser eller skriver där kan ses av andra i nätverket. Vill du öppna den i webbläsaren ändå?`,
        buttons: ['Öppna ändå', 'Avbryt'],
        defaultId: 1,
        cancelId: 1,
        noLink: true
      }
      const answer = mainWindow
        ? await dialog.showMessageBox(mainWindow, options)
        : await dialog.showMessageBox(options)
      return answer.response === 0
    },
    openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK -- only called through external-links.ts, which checks every URL
    askToClose: () =>
      (mainWindow ? dialog.showMessageBoxSync(mainWindow, closeQuestion) : dialog.showMessageBoxSync(closeQuestion)) ===
      0
  },
  { devServerUrl }
)

if (enforceSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, services.externalLinks, devServerUrl)
  })

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession)
      const rendererDir = join(import.meta.dirname, '../renderer')
      protocol.handle(
        APP_SCHEME,
        createAppProtocolHandler(rendererDir, (file) => fs.readFile(file))
      )
      registerIpcHandlers(ipcMain, services.dispatch, Object.values(bridgeChannels))

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate(
            {
              showAbout: () =>
                void dialog.showMessageBox({
                  type: 'info',
                  title: 'Om Kugghjul',
                  message: `Kugghjul ${app.getVersion()}`,
                  detail:
                    'Stöd för länsstyrelsens arbete med anslutna verksamheter i länets jämställdhetsstrategi. Alla uppgifter sparas på den här datorn.'
                }),
              openHelp: () => void services.externalLinks.open(HELP_URL)
            },
            process.platform === 'darwin',
            !app.isPackaged
          ) as Electron.MenuItemConstructorOptions[]
        )
      )

      mainWindow = createSecureWindow(
        BrowserWindow,
        preloadPath(import.meta.dirname),
        join(import.meta.dirname, '../../resources/icon.png'),
        app.isPackaged
      )
      mainWindow.once('ready-to-show', () => mainWindow?.show())
      // A form with unsaved changes: the question box decides whether the window closes.
      mainWindow.on('close', (event) => {
        if (!services.windowClose.mayClose()) event.preventDefault()
      })
      mainWindow.on('closed', () => (mainWindow = null))
      void mainWindow.loadURL(startUrl(devServerUrl))
    })
    .catch((error: unknown) => {
      // Without this a failed start leaves a running app with no window and no word why.
      dialog.showErrorBox(
        'Kugghjul kunde inte starta',
        `${String(error)}\n\nStarta om programmet. Hjälper inte det, kontakta IT-supporten.`
      )
      app.quit()
    })

  app.on('window-all-closed', () => app.quit())
}
