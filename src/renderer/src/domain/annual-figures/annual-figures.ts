import { actionStatuses, type Action, type ActionStatus } from '../action-plans/action'
import type { ActionPlan } from '../action-plans/action-plan'
import {
  attendanceTotal,
  noParticipants,
  participantGroups,
  type Attendance,
  type NonMemberAttendance,
  type ParticipantCounts
} from '../calendar/attendance'
import { eventKinds, type CalendarEvent, type EventKind } from '../calendar/calendar-event'
import type { Certificate } from '../certificates/certificate'
import type { FocusArea } from '../county-profile'
import { focusAreaWords, removedFocusAreaName, type FocusAreaTerm } from '../county-words'
import { dialogueKinds, type Dialogue, type DialogueKind } from '../dialogues/dialogue'
import type { Evaluation } from '../evaluation/evaluation'
import type { Member } from '../members/member'
import { memberTypes, type MemberType } from '../members/member-type'
import type { MembershipPeriod } from '../members/membership-period'
import { municipalities } from '../regions/municipalities'

/**
 * The year's figures for the county's annual report (årsuppföljning). Every
 * figure is defined here once; the screen, the PDF, the .xlsx and the
 * `annual-figures` command show what this returns, and the footnotes
 * (annual-figure-notes.ts) say the same definitions in Swedish.
 */
export interface AnnualFiguresInput {
  year: number
  /** The county's länskod, for the share of its kommuner that joined. */
  countyCode: string
  focusAreas: readonly FocusArea[]
  /** What the county calls its focus areas (names the row of areas no longer in the profile); the default word when absent. */
  focusAreaTerm?: FocusAreaTerm
  members: readonly Pick<Member, 'id' | 'type' | 'municipalityCode' | 'archivedAt'>[]
  periods: readonly Pick<MembershipPeriod, 'memberId' | 'number' | 'startDate' | 'endDate' | 'ending'>[]
  dialogues: readonly Pick<Dialogue, 'memberId' | 'date' | 'status' | 'kind'>[]
  plans: readonly Pick<ActionPlan, 'status' | 'establishedOn'>[]
  actions: readonly Pick<Action, 'startDate' | 'goals' | 'focusAreaIds' | 'status'>[]
  events: readonly Pick<CalendarEvent, 'id' | 'date' | 'kind'>[]
  attendance: readonly Pick<Attendance, 'eventId' | keyof ParticipantCounts>[]
  nonMemberAttendance: readonly Pick<NonMemberAttendance, 'eventId' | keyof ParticipantCounts>[]
  certificates: readonly Pick<Certificate, 'issuedOn'>[]
  evaluations: readonly Pick<Evaluation, 'status' | 'decidedAt' | 'decision' | 'assessments'>[]
}

export type GoalKey = '1' | '2' | '3' | '4' | '5' | '6'
export const goalKeys: readonly GoalKey[] = ['1', '2', '3', '4', '5', '6']

export interface AnnualFigures {
  year: number
  members: {
    atYearEnd: Record<MemberType, number>
    atYearEndTotal: number
    new: number
    renewed: number
    ended: number
    /** The county's own kommuner that are members at year end, of all its kommuner. */
    municipalitiesJoined: number
    municipalitiesInCounty: number
  }
  /** Prestationer: what the länsstyrelse did. */
  dialogues: { held: number; byKind: Record<DialogueKind, number>; membersWithDialogue: number }
  events: { held: number; byKind: Record<EventKind, number> }
  participants: ParticipantCounts & { total: number; members: number; nonMembers: number }
  certificatesIssued: number
  evaluations: { completed: number; renewed: number; ended: number }
  /** Utfall: what the members did. */
  plansAdopted: number
  actions: {
    /** Each action once. */
    started: number
    bySubGoal: Record<GoalKey, number>
    byFocusArea: { id: string; name: string; count: number }[]
    byStatus: Record<ActionStatus, number>
  }
  /** Per delmål, how many completed evaluations assessed it at level 1, 2 and 3. */
  assessments: Record<GoalKey, { 1: number; 2: number; 3: number }>
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>

export function yearBounds(year: number): { first: string; last: string } {
  return { first: `${year}-01-01`, last: `${year}-12-31` }
}

function memberFigures(
  input: AnnualFiguresInput,
  inYear: (date: string) => boolean,
  last: string
): AnnualFigures['members'] {
  const atYearEnd = zeros(memberTypes)
  const counted = new Set<string>()
  const endedByYearEnd = (p: AnnualFiguresInput['periods'][number]) => p.ending !== null && p.ending.endedOn <= last
  const active = new Set(
    input.periods.filter((p) => p.startDate <= last && last <= p.endDate && !endedByYearEnd(p)).map((p) => p.memberId)
  )
  for (const m of input.members) {
    if (m.archivedAt !== null || !active.has(m.id)) continue
    atYearEnd[m.type]++
    counted.add(m.id)
  }
  const distinctMembers = (periods: AnnualFiguresInput['periods']) => new Set(periods.map((p) => p.memberId)).size
  const own = municipalities.filter((k) => k.countyCode === input.countyCode)
  const joined = new Set(
    input.members.filter((m) => counted.has(m.id) && m.type === 'municipality').map((m) => m.municipalityCode)
  )
  return {
    atYearEnd,
    atYearEndTotal: counted.size,
    new: distinctMembers(input.periods.filter((p) => p.number === 1 && inYear(p.startDate))),
    renewed: distinctMembers(input.periods.filter((p) => p.number >= 2 && inYear(p.startDate))),
    ended: distinctMembers(input.periods.filter((p) => p.ending !== null && inYear(p.ending.endedOn))),
    municipalitiesJoined: own.filter((k) => joined.has(k.code)).length,
    municipalitiesInCounty: own.length
  }
}

function participantFigures(input: AnnualFiguresInput, heldEvents: ReadonlySet<string>): AnnualFigures['participants'] {
  const sum = (rows: readonly (ParticipantCounts & { eventId: string })[]) => {
    const counts = noParticipants()
    for (const row of rows) if (heldEvents.has(row.eventId)) for (const g of participantGroups) counts[g] += row[g]
    return counts
  }
  const members = sum(input.attendance)
  const nonMembers = sum(input.nonMemberAttendance)
  const everyone = noParticipants()
  for (const g of participantGroups) everyone[g] = members[g] + nonMembers[g]
  return {
    ...everyone,
    total: attendanceTotal(everyone),
    members: attendanceTotal(members),
    nonMembers: attendanceTotal(nonMembers)
  }
}

function actionFigures(input: AnnualFiguresInput, inYear: (date: string) => boolean): AnnualFigures['actions'] {
  const started = input.actions.filter((a) => inYear(a.startDate))
  const bySubGoal = zeros(goalKeys)
  const byStatus = zeros(actionStatuses)
  const byFocus = new Map<string, number>()
  for (const a of started) {
    for (const goal of new Set(a.goals)) bySubGoal[String(goal) as GoalKey]++
    for (const id of new Set(a.focusAreaIds)) byFocus.set(id, (byFocus.get(id) ?? 0) + 1)
    byStatus[a.status]++
  }
  const known = input.focusAreas.map((f) => ({ id: f.id, name: f.name, count: byFocus.get(f.id) ?? 0 }))
  const gone = [...byFocus]
    .filter(([id]) => !input.focusAreas.some((f) => f.id === id))
    .reduce((n, [, count]) => n + count, 0)
  return {
    started: started.length,
    bySubGoal,
    byFocusArea:
      gone > 0
        ? [...known, { id: '', name: removedFocusAreaName(focusAreaWords(input.focusAreaTerm)), count: gone }]
        : known,
    byStatus
  }
}

function evaluationFigures(input: AnnualFiguresInput, inYear: (date: string) => boolean) {
  const completed = input.evaluations.filter(
    (e) => e.status === 'completed' && e.decidedAt !== null && inYear(e.decidedAt)
  )
  const assessments = Object.fromEntries(goalKeys.map((k) => [k, { 1: 0, 2: 0, 3: 0 }])) as AnnualFigures['assessments']
  for (const e of completed)
    for (const a of e.assessments)
      if (a.subject.kind === 'goal' && a.level !== null) assessments[String(a.subject.goal) as GoalKey][a.level]++
  return {
    evaluations: {
      completed: completed.length,
      renewed: completed.filter((e) => e.decision?.outcome === 'renew').length,
      ended: completed.filter((e) => e.decision?.outcome === 'end').length
    },
    assessments
  }
}

export function annualFigures(input: AnnualFiguresInput): AnnualFigures {
  const { first, last } = yearBounds(input.year)
  const inYear = (date: string) => first <= date && date <= last
  const held = input.dialogues.filter((d) => d.status === 'held' && inYear(d.date))
  const dialogueKindCounts = zeros(dialogueKinds)
  for (const d of held) dialogueKindCounts[d.kind]++
  const events = input.events.filter((e) => inYear(e.date))
  const eventKindCounts = zeros(eventKinds)
  for (const e of events) eventKindCounts[e.kind]++
  return {
    year: input.year,
    members: memberFigures(input, inYear, last),
    dialogues: {
      held: held.length,
      byKind: dialogueKindCounts,
      membersWithDialogue: new Set(held.map((d) => d.memberId)).size
    },
    events: { held: events.length, byKind: eventKindCounts },
    participants: participantFigures(input, new Set(events.map((e) => e.id))),
    certificatesIssued: input.certificates.filter((c) => inYear(c.issuedOn)).length,
    plansAdopted: input.plans.filter(
      (p) => p.status === 'established' && p.establishedOn !== null && inYear(p.establishedOn)
    ).length,
    actions: actionFigures(input, inYear),
    ...evaluationFigures(input, inYear)
  }
}

/** The year Årsuppföljning and the lägesrapport open on: the previous year until the end of March (the annual report is written then), else this year. */
export function defaultReportYear(today: string): number {
  const year = Number(today.slice(0, 4))
  return today.slice(5, 7) <= '03' ? year - 1 : year
}

/** The years figures can be given for: from the year the register's first period starts to `lastYear` (this year, or the year a backup was made). */
export function annualFiguresYearRange(
  periods: readonly Pick<MembershipPeriod, 'startDate'>[],
  lastYear: number
): { first: number; last: number } {
  const first = periods.reduce((min, p) => Math.min(min, Number(p.startDate.slice(0, 4))), lastYear)
  return { first, last: lastYear }
}

/** Why `text` is not a year the figures can be given for (Swedish), or null. */
export function annualFiguresYearProblem(text: string, range: { first: number; last: number }): string | null {
  const span = range.first === range.last ? `år ${range.first}` : `ett år från ${range.first} till ${range.last}`
  if (!/^\d{4}$/.test(text.trim())) return `"${text}" är inget årtal. Ange ${span}, till exempel --year ${range.last}.`
  const year = Number(text)
  if (year < range.first)
    return `Registret har inga anslutningar år ${year}: den första perioden börjar ${range.first}. Ange ${span}.`
  if (year > range.last)
    return `År ${year} har inte börjat i registret: uppgifterna sträcker sig till ${range.last}. Ange ${span}.`
  return null
}
