import type { OpenFollowUp } from '../dialogues/follow-up'
import { municipalities } from '../regions/municipalities'
import { compareSwedish, sortSwedish } from '../swedish-format'
import type { MemberRow } from './member-list'
import { memberTypes, type MemberType } from './member-type'

/** Statuses of a membership that is still running (everything but Avslutad). */
const running = new Set(['active', 'evaluationDue', 'evaluationOverdue', 'renewed'])

export interface MunicipalityCoverage {
  code: string
  name: string
  joined: boolean
}

export interface RegisterOverview {
  /** Joined this calendar year (period 1 decided this year). */
  newThisYear: MemberRow[]
  activeTotal: number
  activeByType: { type: MemberType; count: number }[]
  /** The county's own kommuner, and whether the kommun itself (the organisation) has joined. */
  municipalities: MunicipalityCoverage[]
  municipalitiesJoined: number
}

/** The register's key figures, for Översikt and the county summary. Archived members are left out. */
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
    newThisYear: current.filter((r) => r.periods[0]?.decisionDate.startsWith(year)),
    activeTotal: active.length,
    activeByType: memberTypes.map((type) => ({ type, count: active.filter((r) => r.member.type === type).length })),
    municipalities: own,
    municipalitiesJoined: own.filter((m) => m.joined).length
  }
}

/** The kinds of work Översikt lists, and where each is done. */
export type TodoKind = 'evaluationOverdue' | 'followUpOverdue' | 'evaluationDue' | 'followUpDue' | 'welcomeIncomplete'
/** The screen where an item is handled: the evaluation, the member's dialogues, the welcome checklist on the member page. */
export type TodoPlace = 'evaluation' | 'dialogues' | 'welcomePackage'

/** What Översikt's list can be narrowed to. */
export const todoPlaceLabels: Readonly<Record<TodoPlace, string>> = {
  evaluation: 'Utvärderingar',
  dialogues: 'Uppföljningar',
  welcomePackage: 'Välkomstpaket'
}

export interface TodoItem {
  kind: TodoKind
  row: MemberRow
  /** What is late or coming, with its date: "Uppföljning försenad sedan 2027-03-01". */
  text: string
  place: TodoPlace
  /** The period the item belongs to (the evaluation's period). */
  periodId: string
  /** The date the urgency runs from; earlier is more urgent within a group. */
  date: string
}

const placeOf: Readonly<Record<TodoKind, TodoPlace>> = {
  evaluationOverdue: 'evaluation',
  evaluationDue: 'evaluation',
  followUpOverdue: 'dialogues',
  followUpDue: 'dialogues',
  welcomeIncomplete: 'welcomePackage'
}

/** Late work first, then work due soon, then unfinished welcome packages. */
const urgencyGroup: Readonly<Record<TodoKind, number>> = {
  evaluationOverdue: 0,
  followUpOverdue: 0,
  evaluationDue: 1,
  followUpDue: 1,
  welcomeIncomplete: 2
}

/**
 * What needs doing now, each item saying its own urgency (not the member's
 * status) and sorted by it: overdue evaluations and follow-ups longest
 * overdue first, then those due soon, soonest first, then welcome packages
 * not finished, oldest decision first. Archived members and memberships
 * that have ended ask for nothing. `followUps` are the open follow-ups that
 * are overdue or due (dialogues/follow-up.ts).
 */
export function todoItems(rows: readonly MemberRow[], followUps: readonly OpenFollowUp[]): TodoItem[] {
  const running = new Map(
    rows.filter((r) => r.member.archivedAt === null && r.status !== 'ended').map((r) => [r.member.id, r])
  )
  const items: TodoItem[] = []
  const add = (kind: TodoKind, row: MemberRow, text: string, date: string, periodId: string) =>
    items.push({ kind, row, text, date, periodId, place: placeOf[kind] })
  for (const row of running.values()) {
    const period = row.latestPeriod
    if (!period) continue
    if (row.status === 'evaluationOverdue')
      add('evaluationOverdue', row, `Utvärdering försenad sedan ${period.endDate}`, period.endDate, period.id)
    if (row.status === 'evaluationDue')
      add('evaluationDue', row, `Utvärdering senast ${period.endDate}`, period.endDate, period.id)
    if (row.welcomeState === 'incomplete')
      add(
        'welcomeIncomplete',
        row,
        `Välkomstpaket ej klart (beslut ${period.decisionDate})`,
        period.decisionDate,
        period.id
      )
  }
  for (const f of followUps) {
    const row = running.get(f.memberId)
    if (!row) continue
    if (f.state === 'overdue')
      add('followUpOverdue', row, `Uppföljning försenad sedan ${f.followUpOn}`, f.followUpOn, f.dialogue.periodId)
    else if (f.state === 'due')
      add('followUpDue', row, `Uppföljning senast ${f.followUpOn}`, f.followUpOn, f.dialogue.periodId)
  }
  return items.sort(
    (a, b) =>
      urgencyGroup[a.kind] - urgencyGroup[b.kind] ||
      a.date.localeCompare(b.date) ||
      compareSwedish(a.row.member.name, b.row.member.name)
  )
}
