import type { CaseOfficer, CountyLogo, StrategySymbol } from '../county-profile'
import { normalisePersonName } from './person-name'

/** Where a person can appear in Kugghjul; each is one category of the register of processing. */
export type PersonalDataKind =
  'contactPerson' | 'dialogueParticipant' | 'actionResponsible' | 'eventOrganiser' | 'auditLog'

/**
 * Everything Kugghjul holds about one person (registerutdrag, GDPR art. 15):
 * each place the person appears with what is stored there, why, on which
 * legal basis and for how long (from the register of processing), the log
 * entries that mention the person, and whom to contact. Plain data: the PDF
 * (io/pdf/register-extract-document.ts) and the machine-readable JSON are
 * both made from it.
 */
export interface RegisterExtract {
  createdAt: string
  person: { name: string; emails: string[]; phones: string[] }
  appearances: { kind: PersonalDataKind; where: string; stored: [string, string][] }[]
  /** The categories the person appears in, in the register's order, the log last when it mentions the person. */
  purposes: {
    kind: PersonalDataKind
    label: string
    fields: string
    purpose: string
    legalBasis: string
    retention: string
  }[]
  logEntries: { at: string; summary: string }[]
  controller: { authority: string; countyName: string; caseOfficer: CaseOfficer | null; placeAndDate: string }
  identity: { strategyTitle: string; logo: CountyLogo | null; symbol: StrategySymbol }
}

/** The machine-readable copy, for those who ask for one: the extract without the county's images. */
export function registerExtractJson(extract: RegisterExtract): string {
  const { identity: _identity, ...data } = extract
  return JSON.stringify(
    {
      description:
        'Registerutdrag (artikel 15 i dataskyddsförordningen): alla uppgifter som finns sparade om personen.',
      ...data
    },
    null,
    2
  )
}

/** "registerutdrag-asa-oberg": the file name without extension. */
export function registerExtractFileName(name: string): string {
  const slug = normalisePersonName(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `registerutdrag-${slug || 'person'}`
}
