import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import type { Plugin, UserConfig } from 'vite'
import pkg from './package.json' with { type: 'json' }

/**
 * The renderer's Vite options, shared by electron-vite (desktop) and the plain
 * Vite config behind `npm run web`, so both platforms run the same bundle.
 */
export const rendererRoot = resolve(import.meta.dirname, 'src/renderer')

/**
 * index.html carries the app's strict Content-Security-Policy. Vite's dev
 * server injects inline styles for hot reload, so only there the policy is
 * dropped; every build (desktop and web) keeps it.
 */
function devServerWithoutCsp(): Plugin {
  return {
    name: 'kugghjul-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  }
}

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  base: './',
  plugins: [vue(), devServerWithoutCsp()],
  resolve: { alias: { '@': resolve(rendererRoot, 'src') } },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000
  },
  worker: { format: 'es' }
}
