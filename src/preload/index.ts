import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from './bridge'

// Only the typed contract crosses into the page; ipcRenderer itself stays here.
contextBridge.exposeInMainWorld(
  'kugghjul',
  createBridge((channel, payload) => ipcRenderer.invoke(channel, payload))
)
