import { countWith, formatNumber, type CountNoun } from './swedish-format'

/**
 * How every list in the app searches and counts: the query is split into
 * words, and a row matches when each word occurs somewhere in its text, in
 * any case (Swedish rules for å, ä, ö).
 */
export function searchWords(query: string): string[] {
  return query
    .toLocaleLowerCase('sv')
    .split(/\s+/)
    .filter((w) => w !== '')
}

/** The text a row is searched in: its parts, lower-cased once. */
export function searchText(parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p) => p)
    .join('\n')
    .toLocaleLowerCase('sv')
}

export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(w))
}

/**
 * The line over a searched, paged list: "Visar 50 av 1 000 intyg", and when a
 * search or filter narrows the list, how many there are in all.
 */
export function listCountLine(shown: number, matching: number, total: number, noun: CountNoun): string {
  const line = `Visar ${formatNumber(shown)} av ${countWith(matching, noun)}`
  return matching === total ? line : `${line} som matchar (${formatNumber(total)} totalt)`
}
