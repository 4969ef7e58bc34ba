import { extname, resolve, sep } from 'node:path'
import { APP_HOST, CONTENT_SECURITY_POLICY } from './security'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}

/**
 * Maps an app:// URL to a file inside the renderer folder, or null when the
 * URL is for another host or tries to leave the folder.
 */
export function resolveAppFile(url: string, rendererDir: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const root = resolve(rendererDir)
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const file = resolve(root, relative)
  if (file !== root && !file.startsWith(root + sep)) return null
  return file
}

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** Serves the built renderer with a strict CSP on every response. */
export function createAppProtocolHandler(rendererDir: string, readFile: (file: string) => Promise<Uint8Array>) {
  return async (request: { url: string }): Promise<Response> => {
    const file = resolveAppFile(request.url, rendererDir)
    if (!file) return new Response('Hittades inte', { status: 404 })
    try {
      const body = await readFile(file)
      return new Response(body as unknown as ConstructorParameters<typeof Response>[0], {
        status: 200,
        headers: {
          'Content-Type': mimeTypeFor(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff'
        }
      })
    } catch {
      return new Response('Hittades inte', { status: 404 })
    }
  }
}
