import { findCounty } from '@/domain/county-profile'
import type { RegisterExtract } from '@/domain/privacy/register-extract'
import { issuingAuthority, reportHandling } from '@/domain/report-handling'
import { strategyTitle } from '@/domain/strategy-title'
import { loadCountyProfile } from '../county-profile-repository'
import type { KugghjulDatabase } from '../database'
import { categoryOf } from './personal-data-register'
import { appearanceLabel, type PersonAppearance } from '@/domain/privacy/person-appearance'
import { loadPersons } from './person-search'

export type RegisterExtractResult = { ok: true; extract: RegisterExtract } | { ok: false; message: string }

const GONE = 'Personen finns inte längre i registret, eller har anonymiserats. Sök igen och försök på nytt.'
/** The extract names the authority responsible for the data, which the county profile says. */
const NO_PROFILE =
  'Registerutdraget kan inte skapas utan länsprofilen, som anger vilken länsstyrelse som är personuppgiftsansvarig. Fyll i länsprofilen under Inställningar och försök igen.'

function stored(a: PersonAppearance): [string, string][] {
  const rows: [string, string][] =
    a.kind === 'contactPerson'
      ? [
          ['Namn', a.name],
          ['Roll', a.role],
          ['E-post', a.email],
          ['Telefon', a.phone],
          ['Verksamhet', a.memberName]
        ]
      : a.kind === 'dialogueParticipant'
        ? [
            ['Namn', a.name],
            ['Roll', a.role],
            ['Dialog', `${a.dialogueKind}, ${a.date}`],
            ['Verksamhet', a.memberName]
          ]
        : a.kind === 'actionResponsible'
          ? [
              ['Ansvarig', a.responsible],
              ['Insats', a.actionTitle],
              ['Verksamhet', a.memberName]
            ]
          : [
              ['Arrangör', a.organiser],
              ['Aktivitet', a.eventTitle],
              ['Datum', a.date]
            ]
  return rows.filter(([, value]) => value.trim() !== '')
}

/** The registerutdrag for the person with this normalised name (PersonHit.key), as of `now`. */
export async function registerExtract(
  db: KugghjulDatabase,
  key: string,
  now: Date,
  today: string
): Promise<RegisterExtractResult> {
  const [persons, profile] = await Promise.all([loadPersons(db), loadCountyProfile(db)])
  const hit = persons.find((p) => p.key === key)
  if (!profile) return { ok: false, message: NO_PROFILE }
  if (!hit) return { ok: false, message: GONE }

  const identifiers = [hit.name, ...hit.emails, ...hit.phones]
    .filter((s) => s.trim().length >= 3)
    .map((s) => s.toLocaleLowerCase('sv'))
  const log = await db.auditLog.orderBy('at').toArray()
  const logEntries = log
    .filter((e) => identifiers.some((id) => e.summary.toLocaleLowerCase('sv').includes(id)))
    .map(({ at, summary }) => ({ at, summary }))

  const kinds = new Set<RegisterExtract['purposes'][number]['kind']>(hit.appearances.map((a) => a.kind))
  if (logEntries.length > 0) kinds.add('auditLog')
  const order: RegisterExtract['purposes'][number]['kind'][] = [
    'contactPerson',
    'dialogueParticipant',
    'actionResponsible',
    'eventOrganiser',
    'auditLog'
  ]
  const countyName = findCounty(profile.countyCode)?.name ?? `Län ${profile.countyCode}`
  const handling = reportHandling(profile, today)
  return {
    ok: true,
    extract: {
      createdAt: now.toISOString(),
      person: { name: hit.name, emails: hit.emails, phones: hit.phones },
      appearances: hit.appearances.map((a) => ({ kind: a.kind, where: appearanceLabel(a), stored: stored(a) })),
      purposes: order
        .filter((kind) => kinds.has(kind))
        .map((kind) => {
          const c = categoryOf(kind)
          return {
            kind,
            label: c.label,
            fields: c.fieldsLabel,
            purpose: c.purpose,
            legalBasis: c.legalBasis,
            retention: c.retention
          }
        }),
      logEntries,
      controller: {
        authority: issuingAuthority(countyName),
        countyName,
        caseOfficer: handling.caseOfficer,
        placeAndDate: handling.placeAndDate
      },
      identity: { strategyTitle: strategyTitle(profile), logo: profile.logo, symbol: profile.strategySymbol }
    }
  }
}
