import { matchesWords, searchText, searchWords } from '../list-search'
import { municipalityName } from '../regions/municipality-lookup'
import { compareSwedish } from '../swedish-format'
import type { Member } from './member'
import { memberTypeLabels, type MemberType } from './member-type'
import type { MembershipPeriod } from './membership-period'
import {
  memberStatus,
  membershipStatusLabels,
  membershipStatuses,
  type MembershipStatus,
  type StatusOptions
} from './membership-status'
import { welcomePackageState, welcomePackageStateLabels, type WelcomePackageState } from './welcome-package'
import { orgNumberDigits } from './org-number'

/**
 * The member list works on rows derived once from the loaded register
 * (status, labels, search text), so typing in the search box filters plain
 * objects in memory: no database reads and no status arithmetic per keystroke.
 */
export interface MemberRow {
  member: Member
  /** The member's periods, period 1 first. */
  periods: MembershipPeriod[]
  latestPeriod: MembershipPeriod | undefined
  status: MembershipStatus
  statusLabel: string
  typeLabel: string
  municipalityName: string
  networkIds: readonly string[]
  /** The latest period's welcome package, shown beside the status; null once the membership has ended. */
  welcomeState: WelcomePackageState | null
  welcomeLabel: string
  /** Lower-case name, orgnr (with and without dash) and kommun, for search. */
  searchText: string
}

export interface MemberRowOptions extends StatusOptions {
  /** Network ids per member id, from the networks feature; members without entry are in none. */
  networkIdsByMember?: ReadonlyMap<string, readonly string[]>
}

export function buildMemberRows(
  members: readonly Member[],
  periods: readonly MembershipPeriod[],
  options: MemberRowOptions
): MemberRow[] {
  const periodsByMember = new Map<string, MembershipPeriod[]>()
  for (const p of periods) {
    const list = periodsByMember.get(p.memberId)
    if (list) list.push(p)
    else periodsByMember.set(p.memberId, [p])
  }
  return members.map((member) => {
    const own = (periodsByMember.get(member.id) ?? []).sort((a, b) => a.number - b.number)
    const latest = own[own.length - 1]
    const status = memberStatus(own, options)
    const kommun = municipalityName(member.municipalityCode)
    const welcome = latest && status !== 'ended' ? welcomePackageState(latest.welcomePackage, latest.number) : null
    return {
      member,
      periods: own,
      latestPeriod: latest,
      status,
      statusLabel: membershipStatusLabels[status],
      typeLabel: memberTypeLabels[member.type],
      municipalityName: kommun,
      networkIds: options.networkIdsByMember?.get(member.id) ?? [],
      welcomeState: welcome,
      welcomeLabel: welcome ? welcomePackageStateLabels[welcome] : '–',
      searchText: searchText([member.name, member.orgNumber, orgNumberDigits(member.orgNumber), kommun])
    }
  })
}

export interface MemberListFilter {
  /** Words that must all occur in the name, orgnr or kommun; case does not matter. */
  query?: string
  /** Empty or missing: any. The same for the lists below. */
  statuses?: readonly MembershipStatus[]
  types?: readonly MemberType[]
  municipalityCodes?: readonly string[]
  networkIds?: readonly string[]
  welcomeStates?: readonly WelcomePackageState[]
  /** false (default): members in the register; true: the archive. */
  archived?: boolean
}

function anyOf<T>(wanted: readonly T[] | undefined): ((value: T) => boolean) | null {
  if (!wanted || wanted.length === 0) return null
  const set = new Set(wanted)
  return (value) => set.has(value)
}

export function filterMemberRows(rows: readonly MemberRow[], filter: MemberListFilter): MemberRow[] {
  const words = searchWords(filter.query ?? '')
  const status = anyOf(filter.statuses)
  const type = anyOf(filter.types)
  const municipality = anyOf(filter.municipalityCodes)
  const network = anyOf(filter.networkIds)
  const welcome = anyOf(filter.welcomeStates)
  const archived = filter.archived ?? false
  return rows.filter(
    (row) =>
      (row.member.archivedAt !== null) === archived &&
      (!status || status(row.status)) &&
      (!type || type(row.member.type)) &&
      (!municipality || municipality(row.member.municipalityCode ?? '')) &&
      (!network || row.networkIds.some(network)) &&
      (!welcome || (row.welcomeState !== null && welcome(row.welcomeState))) &&
      matchesWords(row.searchText, words)
  )
}

export type MemberSortKey =
  'name' | 'orgNumber' | 'type' | 'municipality' | 'status' | 'welcome' | 'startDate' | 'endDate'
export interface MemberSort {
  key: MemberSortKey
  direction: 'asc' | 'desc'
}

const statusRank = new Map(membershipStatuses.map((s, i) => [s, i]))
/** Unfinished welcome packages first: they are the ones to act on. */
const welcomeRank = (row: MemberRow) =>
  row.welcomeState === 'incomplete' ? 0 : row.welcomeState === 'complete' ? 1 : 2

const comparators: Readonly<Record<MemberSortKey, (a: MemberRow, b: MemberRow) => number>> = {
  name: () => 0,
  orgNumber: (a, b) => a.member.orgNumber.localeCompare(b.member.orgNumber),
  type: (a, b) => compareSwedish(a.typeLabel, b.typeLabel),
  municipality: (a, b) => compareSwedish(a.municipalityName, b.municipalityName),
  status: (a, b) => (statusRank.get(a.status) ?? 0) - (statusRank.get(b.status) ?? 0),
  welcome: (a, b) => welcomeRank(a) - welcomeRank(b),
  startDate: (a, b) => (a.latestPeriod?.startDate ?? '').localeCompare(b.latestPeriod?.startDate ?? ''),
  endDate: (a, b) => (a.latestPeriod?.endDate ?? '').localeCompare(b.latestPeriod?.endDate ?? '')
}

/** A sorted copy; ties fall back to the name in Swedish order (Å Ä Ö after Z). */
export function sortMemberRows(rows: readonly MemberRow[], sort: MemberSort): MemberRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  const compare = comparators[sort.key]
  return [...rows].sort((a, b) => sign * (compare(a, b) || compareSwedish(a.member.name, b.member.name)))
}

export interface MemberCounts {
  total: number
  byStatus: Record<MembershipStatus, number>
  byType: Record<MemberType, number>
  /** Memberships still running whose welcome package is not complete; counted apart from the status. */
  welcomeIncomplete: number
}

/** Counts for the list header and the dashboard: status and welcome package apart. */
export function countMemberRows(rows: readonly MemberRow[]): MemberCounts {
  const byStatus = Object.fromEntries(membershipStatuses.map((s) => [s, 0])) as Record<MembershipStatus, number>
  const byType = Object.fromEntries(Object.keys(memberTypeLabels).map((t) => [t, 0])) as Record<MemberType, number>
  let welcomeIncomplete = 0
  for (const row of rows) {
    byStatus[row.status]++
    byType[row.member.type]++
    if (row.welcomeState === 'incomplete') welcomeIncomplete++
  }
  return { total: rows.length, byStatus, byType, welcomeIncomplete }
}
