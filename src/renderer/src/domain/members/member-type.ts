/** The kinds of organisation that can join the strategy, in the order the UI lists them. */
export const memberTypes = [
  'municipality',
  'region',
  'governmentAgency',
  'municipalAssociation',
  'nonProfit',
  'company',
  'other'
] as const

export type MemberType = (typeof memberTypes)[number]

export const memberTypeLabels: Readonly<Record<MemberType, string>> = {
  municipality: 'Kommun',
  region: 'Region',
  governmentAgency: 'Statlig myndighet',
  municipalAssociation: 'Kommunalförbund',
  nonProfit: 'Idéburen organisation',
  company: 'Företag',
  other: 'Annan'
}

export function isMemberType(value: string): value is MemberType {
  return (memberTypes as readonly string[]).includes(value)
}

/** Reads a type from a label or code as a spreadsheet may write it ("kommun", "Idéburen organisation", "nonProfit"). */
export function memberTypeFromText(text: string): MemberType | undefined {
  const trimmed = text.trim()
  if (isMemberType(trimmed)) return trimmed
  const wanted = trimmed.toLocaleLowerCase('sv')
  return memberTypes.find((t) => memberTypeLabels[t].toLocaleLowerCase('sv') === wanted)
}
