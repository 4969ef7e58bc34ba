import { municipalities } from '../regions/municipalities'
import { sortSwedish } from '../swedish-format'
import type { MemberRow } from './member-list'
import { memberTypes, type MemberType } from './member-type'

/** Statuses of a membership that is still running (everything but Avslutad). */
const running = new Set(['new', 'active', 'evaluationDue', 'evaluationOverdue', 'renewed'])

export interface MunicipalityCoverage {
  code: string
  name: string
  joined: boolean
}

export interface RegisterOverview {
  /** Welcome package not complete (status Ny). */
  welcomeIncomplete: MemberRow[]
  /** Evaluation due soon, soonest end date first. */
  evaluationsDue: MemberRow[]
  /** Period ended without renewal or ending, longest overdue first. */
  evaluationsOverdue: MemberRow[]
  /** Joined this calendar year (period 1 decided this year). */
  newThisYear: MemberRow[]
  activeTotal: number
  activeByType: { type: MemberType; count: number }[]
  /** The county's own kommuner, and whether the kommun itself (the organisation) has joined. */
  municipalities: MunicipalityCoverage[]
  municipalitiesJoined: number
}

const byEndDate = (a: MemberRow, b: MemberRow) =>
  (a.latestPeriod?.endDate ?? '').localeCompare(b.latestPeriod?.endDate ?? '')

/** What needs doing now and the register's key figures, for Översikt. Archived members are left out. */
export function registerOverview(rows: readonly MemberRow[], countyCode: string, today: string): RegisterOverview {
  const current = rows.filter((r) => r.member.archivedAt === null)
  const active = current.filter((r) => running.has(r.status))
  const year = today.slice(0, 4)
  const joinedKommuner = new Set(
    active.filter((r) => r.member.type === 'municipality').map((r) => r.member.municipalityCode)
  )
  const own = sortSwedish(
    municipalities.filter((m) => m.countyCode === countyCode),
    (m) => m.name
  ).map((m) => ({ code: m.code, name: m.name, joined: joinedKommuner.has(m.code) }))
  return {
    welcomeIncomplete: current.filter((r) => r.status === 'new'),
    evaluationsDue: current.filter((r) => r.status === 'evaluationDue').sort(byEndDate),
    evaluationsOverdue: current.filter((r) => r.status === 'evaluationOverdue').sort(byEndDate),
    newThisYear: current.filter((r) => r.periods[0]?.decisionDate.startsWith(year)),
    activeTotal: active.length,
    activeByType: memberTypes.map((type) => ({ type, count: active.filter((r) => r.member.type === type).length })),
    municipalities: own,
    municipalitiesJoined: own.filter((m) => m.joined).length
  }
}
