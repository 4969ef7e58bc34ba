/**
 * What the county calls its own themes: Kalmar län has "fokusområden",
 * Hallands län "strategiska insatsområden". The profile keeps the word in the
 * singular and the plural (indefinite, lower case); screens and documents
 * take every form they print from here, so none of them says "fokusområde"
 * for a county that does not.
 */
export interface FocusAreaTerm {
  singular: string
  plural: string
}

export const defaultFocusAreaTerm: Readonly<FocusAreaTerm> = { singular: 'fokusområde', plural: 'fokusområden' }

/** The words counties use, offered in the profile form; another pair can be typed. */
export const focusAreaTermPresets: readonly Readonly<FocusAreaTerm>[] = [
  defaultFocusAreaTerm,
  { singular: 'strategiskt insatsområde', plural: 'strategiska insatsområden' },
  { singular: 'insatsområde', plural: 'insatsområden' },
  { singular: 'målområde', plural: 'målområden' },
  { singular: 'prioriterat område', plural: 'prioriterade områden' }
]

const MAX_TERM = 60

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1)
}

/** Every form of the county's word a screen or document prints. */
export interface FocusAreaWords {
  /** "strategiskt insatsområde" */
  one: string
  /** "strategiska insatsområden" */
  many: string
  /** "Strategiskt insatsområde" */
  One: string
  /** "Strategiska insatsområden" */
  Many: string
}

export function focusAreaWords(term: FocusAreaTerm = defaultFocusAreaTerm): FocusAreaWords {
  const one = term.singular.trim() || defaultFocusAreaTerm.singular
  const many = term.plural.trim() || defaultFocusAreaTerm.plural
  return { one, many, One: capitalised(one), Many: capitalised(many) }
}

/** The name shown for an area that records still point at after it was taken out of the profile. */
export function removedFocusAreaName(words: FocusAreaWords): string {
  return `${words.One} som inte längre finns i länsprofilen`
}

/** A Swedish message when the word cannot be used, or undefined. */
export function focusAreaTermProblem(term: FocusAreaTerm): string | undefined {
  const singular = term.singular.trim()
  const plural = term.plural.trim()
  if (singular === '' || plural === '')
    return 'Ange vad länet kallar sina områden, både i ental och flertal (t.ex. "fokusområde" och "fokusområden").'
  if (singular.length > MAX_TERM || plural.length > MAX_TERM)
    return `Ordet för länets områden får vara högst ${MAX_TERM} tecken.`
  if (/[\r\n]/.test(singular + plural)) return 'Ordet för länets områden får inte ha radbrytningar.'
  return undefined
}
