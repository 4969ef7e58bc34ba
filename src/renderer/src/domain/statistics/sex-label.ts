import type { Sex } from './statistics-table'

/** Labels SCB, Kolada, PxWeb and Eurostat use for sex, in Swedish and English, including SCB's codes 1, 2 and 1+2 and Eurostat's F, M and T. */
const labels: ReadonlyMap<string, Sex> = new Map<string, Sex>([
  ['kvinnor', 'women'],
  ['kvinna', 'women'],
  ['flickor', 'women'],
  ['women', 'women'],
  ['woman', 'women'],
  ['female', 'women'],
  ['females', 'women'],
  ['2', 'women'],
  ['män', 'men'],
  ['man', 'men'],
  ['pojkar', 'men'],
  ['men', 'men'],
  ['male', 'men'],
  ['males', 'men'],
  ['1', 'men'],
  ['totalt', 'total'],
  ['total', 'total'],
  ['samtliga', 'total'],
  ['båda könen', 'total'],
  ['totalt båda könen', 'total'],
  ['kvinnor och män', 'total'],
  ['män och kvinnor', 'total'],
  ['both sexes', 'total'],
  ['1+2', 'total'],
  ['1 + 2', 'total'],
  // Eurostat's codes
  ['f', 'women'],
  ['m', 'men'],
  ['t', 'total']
])

/** The sex a label stands for, or null when it is not a sex label. */
export function recognizeSex(label: string): Sex | null {
  return labels.get(label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv')) ?? null
}
