import type { OpenExternalResult } from '../preload/contract'

/**
 * The one policy for what Kugghjul hands to the system's own programs:
 * https pages to the browser, mailto: links with valid addresses to the mail
 * program, plain http pages only after the user has agreed to open an
 * unencrypted page. Nothing else leaves the app.
 */
export type ExternalLinkKind = 'https' | 'http' | 'mailto'

const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc'])
const ADDRESS_FIELDS = new Set(['cc', 'bcc'])
/** One e-mail address: no spaces, brackets, quotes or separators; a dot in the domain. */
const EMAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(\.[^\s@<>()[\]\\,;:".]+)+$/

function addressesIn(list: string): string[] {
  return list
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter((a) => a !== '')
}

/** mailto:a@b.se;c@d.se?bcc=e@f.se&subject=… with only valid addresses and known fields. */
function isValidMailto(parsed: URL): boolean {
  try {
    const addresses = addressesIn(decodeURIComponent(parsed.pathname))
    for (const [field, value] of parsed.searchParams) {
      const key = field.toLowerCase()
      if (!MAILTO_FIELDS.has(key)) return false
      if (ADDRESS_FIELDS.has(key)) addresses.push(...addressesIn(value))
    }
    return addresses.length > 0 && addresses.every((a) => EMAIL_ADDRESS.test(a))
  } catch {
    return false
  }
}

/** What kind of outside link `url` is, or null when Kugghjul never opens it (file:, javascript:, smb:, credentials in the URL …). */
export function classifyExternalUrl(url: string): ExternalLinkKind | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol === 'mailto:') return isValidMailto(parsed) ? 'mailto' : null
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null
  if (parsed.protocol === 'https:') return 'https'
  if (parsed.protocol === 'http:') return 'http'
  return null
}

export interface ExternalLinkDeps {
  /** Electron's shell.openExternal. */
  openExternal(url: string): Promise<void>
  /** Asks the user whether to open an unencrypted (http) page; true = open it. */
  confirmUnencrypted(url: string): Promise<boolean>
}

export interface ExternalLinks {
  open(url: string): Promise<OpenExternalResult>
}

const REFUSED: OpenExternalResult = {
  status: 'refused',
  message:
    'Länken öppnas inte: Kugghjul öppnar bara webbsidor (https och http) och e-postadresser (mailto). Kontrollera länken.'
}

export function createExternalLinks(deps: ExternalLinkDeps): ExternalLinks {
  return {
    async open(url) {
      const kind = classifyExternalUrl(url)
      if (kind === null) return REFUSED
      if (kind === 'http' && !(await deps.confirmUnencrypted(url))) return { status: 'cancelled' }
      await deps.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK -- classified by classifyExternalUrl above
      return { status: 'opened' }
    }
  }
}
