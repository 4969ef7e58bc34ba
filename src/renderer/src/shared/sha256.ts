import type { Sha256 } from '@/domain/certificates/verification-code'

/*
 * SHA-256 through Web Crypto: the same in the browser, Electron's renderer, a
 * worker and Node 20. Here, below data/ and io/ (both hash: backups,
 * certificates, statistics files) and apart from domain/, which stays free
 * of runtime APIs and takes a Sha256 function where it needs one.
 */

/** The digest's bytes. */
export const webCryptoSha256: Sha256 = async (bytes) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))

/** The digest as lower-case hex; a string is hashed as UTF-8. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  return Array.from(await webCryptoSha256(bytes), (b) => b.toString(16).padStart(2, '0')).join('')
}
