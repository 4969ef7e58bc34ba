/** A menu item in the shape Electron's Menu.buildFromTemplate takes. */
export interface MenuItemTemplate {
  label?: string
  role?: string
  type?: 'separator' | 'normal'
  accelerator?: string
  click?: () => void
  submenu?: MenuItemTemplate[]
}

export interface MenuActions {
  showAbout(): void
  openHelp(): void
}

/** The Swedish application menu: Arkiv, Redigera, Visa, Hjälp. */
export function buildMenuTemplate(actions: MenuActions, isMac: boolean, isDev: boolean): MenuItemTemplate[] {
  const view: MenuItemTemplate[] = [
    { label: 'Ladda om', role: 'reload' },
    ...(isDev ? [{ label: 'Utvecklarverktyg', role: 'toggleDevTools' }] : []),
    { type: 'separator' },
    { label: 'Återställ zoom', role: 'resetZoom' },
    { label: 'Zooma in', role: 'zoomIn' },
    { label: 'Zooma ut', role: 'zoomOut' },
    { type: 'separator' },
    { label: 'Helskärm', role: 'togglefullscreen' }
  ]
  return [
    ...(isMac
      ? [
          {
            label: 'Kugghjul',
            submenu: [
              { label: 'Om Kugghjul', click: actions.showAbout },
              { label: 'Avsluta Kugghjul', role: 'quit' }
            ]
          }
        ]
      : []),
    {
      label: 'Arkiv',
      submenu: [
        isMac
          ? { label: 'Stäng fönster', role: 'close' }
          : { label: 'Avsluta', role: 'quit', accelerator: 'CmdOrCtrl+Q' }
      ]
    },
    {
      label: 'Redigera',
      submenu: [
        { label: 'Ångra', role: 'undo' },
        { label: 'Gör om', role: 'redo' },
        { type: 'separator' },
        { label: 'Klipp ut', role: 'cut' },
        { label: 'Kopiera', role: 'copy' },
        { label: 'Klistra in', role: 'paste' },
        { label: 'Markera allt', role: 'selectAll' }
      ]
    },
    { label: 'Visa', submenu: view },
    {
      label: 'Hjälp',
      submenu: [
        { label: 'Om nationella jämställdhetsmål (regeringen.se)', click: actions.openHelp },
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: 'Om Kugghjul', click: actions.showAbout }])
      ]
    }
  ]
}
