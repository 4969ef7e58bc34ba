/**
 * How Kugghjul tells that two free-text names are the same person's (for the
 * person search, the registerutdrag and anonymisation): case, accents kept,
 * runs of white space as one space, trimmed. Names are all the register
 * has — dialogue participants and action responsibles carry no id.
 */
export function normalisePersonName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv')
}

/**
 * True when a free-text field (an action's responsible, an event's organiser)
 * names the person: the whole text, or the name as whole words in it
 * ("Åsa Öberg, HR" names Åsa Öberg; "Åsa Öbergsson" does not).
 */
export function textNamesPerson(text: string, normalisedName: string): boolean {
  const haystack = normalisePersonName(text)
  if (normalisedName === '' || haystack === '') return false
  if (haystack === normalisedName) return true
  const at = haystack.indexOf(normalisedName)
  if (at < 0) return false
  const before = haystack[at - 1]
  const after = haystack[at + normalisedName.length]
  return !isLetter(before) && !isLetter(after)
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char)
}

/**
 * A fingerprint of a name in one record (a dialogue, an action), kept when
 * the name is anonymised so that a restored older backup can be recognised
 * and anonymised again without keeping the name. 64-bit FNV-1a over the
 * record's id and the normalised name, hex. Synchronous on purpose: it runs
 * inside the restore's IndexedDB transaction, which an awaited Web Crypto
 * call would end.
 */
export function personFingerprint(recordId: string, name: string): string {
  const input = `${recordId}\n${normalisePersonName(name)}`
  let hash = 0xcbf29ce484222325n
  const bytes = new TextEncoder().encode(input)
  for (const byte of bytes) {
    hash ^= BigInt(byte)
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash.toString(16).padStart(16, '0')
}

/** What replaces an anonymised dialogue participant's name (the role stays). */
export const ANONYMISED_PARTICIPANT = 'Anonymiserad deltagare'
/** What replaces an anonymised action responsible. */
export const ANONYMISED_RESPONSIBLE = 'Anonymiserad ansvarig'
