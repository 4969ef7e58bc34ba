import { addDays, addYears, daysBetween } from '../iso-date'
import { findCounty } from '../county-profile'
import type { ContactPerson, Member } from '../members/member'
import type { MemberType } from '../members/member-type'
import { createPeriod, type MembershipPeriod } from '../members/membership-period'
import type { WelcomePackage } from '../members/welcome-package'
import { luhnCheckDigit } from '../members/org-number'
import { municipalities, type Municipality } from '../regions/municipalities'
import {
  contactRoles,
  domainSlug,
  endingReasons,
  givenNames,
  municipalityMemberName,
  nameTemplates,
  streetNames,
  surnames
} from './organisation-names'
import { seededRandom, type SeededRandom } from './seeded-random'

/**
 * Realistic, made-up Swedish member registers for `npm run seed`, the
 * benchmark and end-to-end tests. The same options always give the same data.
 */
export interface GenerateMembersOptions {
  seed: number
  count: number
  /** The county the members are in, e.g. '08' for Kalmar län. */
  countyCode: string
  /** The day the register is "as of"; no date lies after it. */
  today: string
  /** How far back the first decisions go. Default 6 (about 1.6 periods per member); 20 gives about three per member. */
  yearsOfHistory?: number
}

export interface GeneratedRegister {
  members: Member[]
  periods: MembershipPeriod[]
}

/** Orgnr group prefixes: 21 kommun, 23 region, 20 state, 22 förbund, 80–89 förening, 55 AB, 76 other. */
const orgNumberPrefixes: Readonly<Record<MemberType, readonly string[]>> = {
  municipality: ['212000'],
  region: ['232100'],
  governmentAgency: ['202100', '202200'],
  municipalAssociation: ['222000'],
  nonProfit: ['802', '815', '835', '875'],
  company: ['556', '559'],
  other: ['769', '817']
}

const otherTypes: readonly MemberType[] = [
  'governmentAgency',
  'municipalAssociation',
  'nonProfit',
  'nonProfit',
  'nonProfit',
  'nonProfit',
  'company',
  'company',
  'company',
  'other'
]

function uniqueOrgNumber(rng: SeededRandom, type: MemberType, taken: Set<string>): string {
  for (;;) {
    let digits = rng.pick(orgNumberPrefixes[type])
    while (digits.length < 9) digits += rng.int(0, 9).toString()
    const orgNumber = `${digits.slice(0, 6)}-${digits.slice(6)}${luhnCheckDigit(digits)}`
    if (!taken.has(orgNumber)) {
      taken.add(orgNumber)
      return orgNumber
    }
  }
}

function uniqueName(
  rng: SeededRandom,
  type: Exclude<MemberType, 'municipality' | 'region'>,
  place: Municipality,
  county: string,
  taken: Set<string>
): string {
  const fill = (template: string): string =>
    template.replace('{place}', place.name).replace('{county}', county).replace('{surname}', rng.pick(surnames))
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = fill(rng.pick(nameTemplates[type]))
    if (!taken.has(name)) return name
  }
  let n = 2
  const base = fill(rng.pick(nameTemplates[type]))
  while (taken.has(`${base} ${n}`)) n++
  return `${base} ${n}`
}

function contactPersons(rng: SeededRandom, domain: string): ContactPerson[] {
  return Array.from({ length: rng.int(1, 3) }, () => {
    const given = rng.pick(givenNames)
    const surname = rng.pick(surnames)
    return {
      id: rng.uuid(),
      name: `${given} ${surname}`,
      role: rng.pick(contactRoles),
      email: `${domainSlug(given)}.${domainSlug(surname)}@${domain}`,
      phone: `0${rng.int(470, 499)}-${rng.int(100, 999)} ${rng.int(10, 99)}`
    }
  })
}

function randomDateBetween(rng: SeededRandom, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))))
}

/** Most packages older than two months are complete; newer ones are under way. */
function welcomePackage(rng: SeededRandom, period: MembershipPeriod, today: string): WelcomePackage {
  const done = (probability: number): string | null =>
    rng.chance(probability) ? randomDateBetween(rng, period.decisionDate, today) : null
  const settled = addDays(period.decisionDate, 60) < today
  const p = settled ? 0.93 : 0.5
  const offered = done(p)
  return {
    certificateIssuedOn: done(p),
    logoSentOn: done(p),
    leadershipBriefingOfferedOn: offered,
    leadershipBriefingHeldOn: offered && rng.chance(0.7) ? randomDateBetween(rng, offered, today) : null
  }
}

/** Period 1 and the renewals or ending that followed, up to today. */
function periodsFor(rng: SeededRandom, memberId: string, firstDecision: string, today: string): MembershipPeriod[] {
  const periods: MembershipPeriod[] = []
  let decisionDate = firstDecision
  for (;;) {
    const previous = periods[periods.length - 1]
    const decision = {
      decisionDate,
      decisionReference: `${decisionDate.slice(0, 4)}/${rng.int(10, 999)}`,
      decidedBy: 'Styrelsen'
    }
    const period = createPeriod({ id: rng.uuid(), memberId, decision, previous })
    period.welcomePackage = welcomePackage(rng, period, today)
    periods.push(period)
    const outcome = rng.next()
    if (outcome < 0.08 && period.endDate <= today) {
      period.ending = { endedOn: period.endDate, reason: rng.pick(endingReasons) }
      return periods
    }
    // Most members renew: some in the last months of the period, some a little late.
    decisionDate = outcome < 0.75 ? addDays(period.endDate, -rng.int(0, 120)) : addDays(period.endDate, rng.int(1, 90))
    if (outcome > 0.95 || decisionDate > today) return periods
  }
}

/** Generates `count` members of the county with their periods. */
export function generateMembers(options: GenerateMembersOptions): GeneratedRegister {
  const county = findCounty(options.countyCode)
  if (!county) throw new RangeError(`Unknown county code "${options.countyCode}"`)
  const rng = seededRandom(options.seed)
  const own = municipalities.filter((m) => m.countyCode === county.code)
  const earliest = addYears(options.today, -(options.yearsOfHistory ?? 6))
  const takenNames = new Set<string>()
  const takenOrgNumbers = new Set<string>()
  const members: Member[] = []
  const periods: MembershipPeriod[] = []
  const kommunCount = Math.min(own.length, Math.round(options.count * 0.3))

  for (let i = 0; i < options.count; i++) {
    const type: MemberType = i < kommunCount ? 'municipality' : i === kommunCount ? 'region' : rng.pick(otherTypes)
    // Every member lies in one of the county's own kommuner: Exempeldata shows the chosen county.
    const place = i < kommunCount ? own[i]! : rng.pick(own)
    const name =
      type === 'municipality'
        ? municipalityMemberName(place.name)
        : type === 'region'
          ? `Region ${county.name}`
          : uniqueName(rng, type, place, county.name, takenNames)
    takenNames.add(name)
    const domain = `${domainSlug(type === 'municipality' ? place.name : name)}.se`
    const member: Member = {
      id: rng.uuid(),
      name,
      orgNumber: uniqueOrgNumber(rng, type, takenOrgNumbers),
      type,
      municipalityCode: type === 'region' ? null : place.code,
      streetAddress: `${rng.pick(streetNames)} ${rng.int(1, 60)}`,
      postalCode: `${rng.int(300, 399)} ${rng.int(10, 99)}`,
      postalTown: place.name,
      website: `https://www.${domain}`,
      contactPersons: contactPersons(rng, domain),
      archivedAt: null
    }
    members.push(member)
    periods.push(...periodsFor(rng, member.id, randomDateBetween(rng, earliest, options.today), options.today))
  }
  return { members, periods }
}
