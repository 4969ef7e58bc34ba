import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import type { Plugin, UserConfig } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/main/security.ts'
import pkg from './package.json' with { type: 'json' }

/**
 * The renderer's Vite options, shared by electron-vite (desktop) and the plain
 * Vite config behind `npm run web`, so both platforms run the same bundle.
 */
export const rendererRoot = resolve(import.meta.dirname, 'src/renderer')

/**
 * Puts the app's Content-Security-Policy into the built index.html, so the web
 * build is as locked down as the desktop app (where main also sends it as a header).
 * Left out of the dev server, whose hot reload injects inline styles.
 */
function contentSecurityPolicy(): Plugin {
  // frame-ancestors is ignored in a <meta> policy; main sends it as a header.
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ')
  return {
    name: 'kugghjul-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }]
  }
}

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  base: './',
  plugins: [vue(), contentSecurityPolicy()],
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
