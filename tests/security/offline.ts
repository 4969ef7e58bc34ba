import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * Network access from this test process, recorded and refused: name lookups,
 * socket connections (http, https, tls and fetch all end in one) and fetch.
 * Nothing is sent; the call throws instead.
 */
export interface NetworkGuard {
  attempts: string[]
  restore(): void
}

export function forbidNetwork(): NetworkGuard {
  // The CommonJS exports objects are the ones every module's require('net') and
  // import from 'node:net' share, so a replaced property is seen by all callers.
  const net = require('node:net') as typeof import('node:net')
  const dns = require('node:dns') as typeof import('node:dns')
  const attempts: string[] = []
  const refuse = (what: string): never => {
    attempts.push(what)
    throw new Error(`Network access in a test: ${what}`)
  }
  const saved = {
    connect: net.Socket.prototype.connect,
    lookup: dns.lookup,
    promisesLookup: dns.promises.lookup,
    fetch: globalThis.fetch
  }
  net.Socket.prototype.connect = function (...args: unknown[]) {
    // net.connect() hands over its arguments already normalised, as [options, callback].
    const first = Array.isArray(args[0]) ? args[0][0] : args[0]
    const options = first as { host?: string; port?: number; path?: string } | number | string
    const target =
      typeof options === 'object'
        ? (options.path ?? `${options.host ?? 'localhost'}:${options.port}`)
        : `${args[1] ?? 'localhost'}:${options}`
    return refuse(`connect ${target}`)
  } as typeof net.Socket.prototype.connect
  dns.lookup = ((hostname: string) => refuse(`dns.lookup ${hostname}`)) as unknown as typeof dns.lookup
  dns.promises.lookup = ((hostname: string) =>
    refuse(`dns.promises.lookup ${hostname}`)) as unknown as typeof dns.promises.lookup
  globalThis.fetch = ((input: unknown) => refuse(`fetch ${String(input)}`)) as typeof fetch
  return {
    attempts,
    restore() {
      net.Socket.prototype.connect = saved.connect
      dns.lookup = saved.lookup
      dns.promises.lookup = saved.promisesLookup
      globalThis.fetch = saved.fetch
    }
  }
}

/** What a stand-in for the `got` HTTP client was asked for. */
export interface OfflineGot {
  urls: string[]
}

/**
 * Puts an offline stand-in for `got` into Node's module cache where `pkg`
 * resolves it, before `pkg` is loaded. Every URL asked for is recorded;
 * `notFound(url)` ones get a 404 response, the rest fail as a client with no
 * connection does. Must run before the first import of `pkg`.
 */
export function offlineGotFor(pkg: string, notFound: (url: string) => boolean): OfflineGot {
  const fromPackage = createRequire(require.resolve(pkg))
  const path = fromPackage.resolve('got')
  if (require.cache[path])
    throw new Error(`got is already loaded from ${path}; install the stand-in before ${pkg} is imported`)
  const urls: string[] = []
  const answer = async (url: unknown) => {
    urls.push(String(url))
    if (notFound(String(url))) return { statusCode: 404, body: '', headers: {} }
    throw new Error(`offline: ${String(url)} was not requested (tests make no network requests)`)
  }
  const got = Object.assign((url: unknown) => answer(url), { head: answer, get: answer })
  require.cache[path] = {
    id: path,
    filename: path,
    loaded: true,
    exports: got,
    children: [],
    paths: []
  } as unknown as NodeJS.Module
  return { urls }
}
