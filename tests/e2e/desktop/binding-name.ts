/** The name of the Playwright binding that stands in for ipcRenderer.invoke. */
export const DESKTOP_BINDING = '__kugghjulDesktopIpc'
