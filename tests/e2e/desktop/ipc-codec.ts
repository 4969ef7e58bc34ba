/**
 * Playwright's bindings carry JSON-like values only. Electron's IPC carries
 * structured clones, in which a Uint8Array arrives as a Uint8Array. The
 * harness encodes bytes on one side and decodes them on the other, so app
 * code sees exactly what it would see in Electron. Runs in Node and in the page.
 */
const BYTES = '$kugghjulBytes'

type Encoded = { [BYTES]: string }

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export function encodeIpc(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES]: toBase64(value) } satisfies Encoded
  if (Array.isArray(value)) return value.map(encodeIpc)
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeIpc(v)]))
  return value
}

export function decodeIpc(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeIpc)
  if (typeof value === 'object' && value !== null) {
    if (BYTES in value && typeof (value as Encoded)[BYTES] === 'string') return fromBase64((value as Encoded)[BYTES])
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeIpc(v)]))
  }
  return value
}
