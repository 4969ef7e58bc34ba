import type { Sha256 } from '@/domain/certificates/verification-code'

/** SHA-256 through Web Crypto: the same in the browser, Electron's renderer, a worker and Node 20. */
export const webCryptoSha256: Sha256 = async (bytes) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
