import { matchMunicipality } from '../regions/municipality-lookup'
import { emptyMemberDraft } from './member'
import type { MemberImportRow } from './member-import-review'
import { memberTypeFromText, type MemberType } from './member-type'

/** The member fields a spreadsheet column can fill. */
export const importFields = [
  'name',
  'orgNumber',
  'type',
  'municipality',
  'streetAddress',
  'postalCode',
  'postalTown',
  'website',
  'decisionDate',
  'decisionReference',
  'decidedBy',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone'
] as const
export type ImportField = (typeof importFields)[number]

export const importFieldLabels: Readonly<Record<ImportField, string>> = {
  name: 'Namn',
  orgNumber: 'Organisationsnummer',
  type: 'Typ',
  municipality: 'Kommun',
  streetAddress: 'Gatuadress',
  postalCode: 'Postnummer',
  postalTown: 'Ort',
  website: 'Webbplats',
  decisionDate: 'Beslutsdatum',
  decisionReference: 'Diarienummer',
  decidedBy: 'Beslutat av',
  contactName: 'Kontaktperson, namn',
  contactRole: 'Kontaktperson, roll',
  contactEmail: 'Kontaktperson, e-post',
  contactPhone: 'Kontaktperson, telefon'
}

export const requiredImportFields: readonly ImportField[] = ['name', 'orgNumber', 'decisionDate']

/** Column index per field; -1 when the file has no such column. */
export type ImportMapping = Record<ImportField, number>

const headerWords: Readonly<Record<ImportField, RegExp>> = {
  name: /^(namn|verksamhet|organisation|organisationsnamn|name)$/,
  orgNumber: /^(org\.?\s*nr|orgnr|organisationsnummer|org\.?\s*nummer|organisation number)$/,
  type: /^(typ|verksamhetstyp|organisationstyp|type)$/,
  municipality: /^(kommun|kommunnamn|kommunkod|municipality)$/,
  streetAddress: /^(adress|gatuadress|postadress|address)$/,
  postalCode: /^(postnr|postnummer|post nr)$/,
  postalTown: /^(ort|postort|stad)$/,
  website: /^(webb|webbplats|hemsida|webbadress|website|url)$/,
  decisionDate: /^(beslutsdatum|beslut|datum för beslut|anslutningsdatum|anslutningsbeslut|decision date)$/,
  decisionReference: /^(diarienummer|dnr|diarienr)$/,
  decidedBy: /^(beslutat av|beslutsfattare|beslutande organ)$/,
  contactName: /^(kontaktperson|kontakt|kontaktperson namn|kontaktperson, namn)$/,
  contactRole: /^(roll|befattning|titel|kontaktperson roll|kontaktperson, roll)$/,
  contactEmail: /^(e-?post|mejl|mail|epost|kontaktperson e-post|kontaktperson, e-post)$/,
  contactPhone: /^(telefon|tel|telefonnummer|mobil|kontaktperson telefon|kontaktperson, telefon)$/
}

/** A first guess of which column holds which field, from the header texts. */
export function guessImportMapping(headers: readonly string[]): ImportMapping {
  const normalised = headers.map((h) => h.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' '))
  const taken = new Set<number>()
  const mapping = {} as ImportMapping
  for (const field of importFields) {
    const index = normalised.findIndex((h, i) => !taken.has(i) && headerWords[field].test(h))
    mapping[field] = index
    if (index >= 0) taken.add(index)
  }
  return mapping
}

/** Fields the user must still map before the rows can be checked. */
export function missingRequiredFields(mapping: ImportMapping): ImportField[] {
  return requiredImportFields.filter((f) => mapping[f] < 0)
}

const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/
const YEAR_FIRST = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/

/** "2024-03-15", "2024/3/15", "15.3.2024" or "15/03/2024" → "2024-03-15"; anything else is left for validation to explain. */
export function normaliseImportedDate(text: string): string {
  const t = text.trim()
  const pad = (n: string) => n.padStart(2, '0')
  const yf = YEAR_FIRST.exec(t)
  if (yf) return `${yf[1]}-${pad(yf[2]!)}-${pad(yf[3]!)}`
  const df = DAY_FIRST.exec(t)
  if (df) return `${df[3]}-${pad(df[2]!)}-${pad(df[1]!)}`
  return t
}

/**
 * Spreadsheet rows → import rows for reviewMemberImport. A missing or unknown
 * type falls back to `defaultType`; a kommun given by name or code is turned
 * into its code (an unknown one is kept so validation can name it).
 */
export function importRowsFromTable(
  rows: readonly string[][],
  rowNumbers: readonly number[],
  mapping: ImportMapping,
  defaultType: MemberType
): MemberImportRow[] {
  return rows.map((row, index) => {
    const get = (field: ImportField) => (mapping[field] >= 0 ? (row[mapping[field]] ?? '').trim() : '')
    const typeText = get('type')
    const municipalityText = get('municipality')
    const draft = {
      ...emptyMemberDraft(typeText ? (memberTypeFromText(typeText) ?? defaultType) : defaultType),
      name: get('name'),
      orgNumber: get('orgNumber'),
      municipalityCode: municipalityText ? (matchMunicipality(municipalityText)?.code ?? municipalityText) : '',
      streetAddress: get('streetAddress'),
      postalCode: get('postalCode'),
      postalTown: get('postalTown'),
      website: get('website')
    }
    const contact = {
      name: get('contactName'),
      role: get('contactRole'),
      email: get('contactEmail'),
      phone: get('contactPhone')
    }
    if (contact.name || contact.email || contact.phone) draft.contactPersons = [contact]
    return {
      draft,
      decision: {
        decisionDate: normaliseImportedDate(get('decisionDate')),
        decisionReference: get('decisionReference'),
        decidedBy: get('decidedBy')
      },
      rowNumber: rowNumbers[index] ?? index + 2
    }
  })
}
