import { matchesWords, searchText, searchWords } from '../list-search'
import type { Certificate } from './certificate'

/** The issued-certificates list's search and filter; '' means any year. */
export interface CertificateListFilter {
  query: string
  year: string
}

/** The years certificates were issued in, newest first, for the year filter. */
export function certificateYears(certificates: readonly Certificate[]): string[] {
  return [...new Set(certificates.map((c) => c.issuedOn.slice(0, 4)))].sort().reverse()
}

/** Certificates issued in the year whose number, code or member name holds every word searched for. */
export function filterCertificates(certificates: readonly Certificate[], filter: CertificateListFilter): Certificate[] {
  const words = searchWords(filter.query)
  return certificates.filter(
    (c) =>
      (filter.year === '' || c.issuedOn.startsWith(filter.year)) &&
      matchesWords(searchText([c.number, c.code, c.content.memberName, c.content.orgNumber]), words)
  )
}
