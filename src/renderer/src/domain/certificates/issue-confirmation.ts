/**
 * The question asked before certificates are issued: how many, and which
 * numbers are taken into use (they are never given out again). Reprints keep
 * their numbers and are counted apart.
 */
export interface IssueConfirmation {
  /** "Utfärda 819 intyg?" */
  title: string
  /** "Numren H-2026-001–H-2026-819 tas i bruk." and, with reprints, how many are printed again. */
  body: string
  /** The confirm button: "Utfärda 819 intyg" or "Skriv ut 3 intyg". */
  confirmLabel: string
}

/** `freshNumbers` are the numbers the new certificates get, in order; `reprints` how many already have one. */
export function issueConfirmation(freshNumbers: readonly string[], reprints: number): IssueConfirmation {
  const fresh = freshNumbers.length
  const again =
    reprints === 0
      ? ''
      : reprints === 1
        ? ' 1 intyg som redan finns skrivs ut igen med sitt nummer.'
        : ` ${reprints} intyg som redan finns skrivs ut igen med sina nummer.`
  if (fresh === 0)
    return {
      title: `Skriv ut ${reprints} intyg igen?`,
      body: 'Alla har redan intyg; inga nya nummer tas i bruk.',
      confirmLabel: `Skriv ut ${reprints} intyg`
    }
  const first = freshNumbers[0]!
  const last = freshNumbers[fresh - 1]!
  const numbers = fresh === 1 ? `Numret ${first} tas i bruk.` : `Numren ${first}\u2013${last} tas i bruk.`
  return { title: `Utfärda ${fresh} intyg?`, body: `${numbers}${again}`, confirmLabel: `Utfärda ${fresh} intyg` }
}
