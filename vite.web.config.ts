import { defineConfig } from 'vite'
import { rendererConfig } from './vite.renderer.ts'

/** `npm run web`: the same renderer in a plain browser, on the web platform bridge. */
export default defineConfig({
  ...rendererConfig,
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true }
})
