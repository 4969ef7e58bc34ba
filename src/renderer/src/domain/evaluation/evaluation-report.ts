import { actionStatusLabels, isActionLate, type Action } from '../action-plans/action'
import {
  actionsByGoal,
  actionsWithoutGoal,
  countByStatus,
  type ActionStatusCounts
} from '../action-plans/action-summary'
import { countsInWords, type Attendance } from '../calendar/attendance'
import { strategyTitle } from '../strategy-title'
import { eventKindLabels, type CalendarEvent } from '../calendar/calendar-event'
import { participationByEvent, participationReport, type ParticipationSums } from '../calendar/participation'
import { findCounty, type CountyLogo, type CountyProfile, type StrategySymbol } from '../county-profile'
import { focusAreaWords, type FocusAreaWords } from '../county-words'
import { dialogueKindLabels, type Dialogue } from '../dialogues/dialogue'
import type { Member } from '../members/member'
import { memberTypeLabels } from '../members/member-type'
import type { MembershipPeriod } from '../members/membership-period'
import type { Network } from '../networks/network'
import { municipalityName } from '../regions/municipality-lookup'
import { reportHandling, type ReportHandling } from '../report-handling'
import { formatProseDate, sortSwedish } from '../swedish-format'
import type { Evaluation } from './evaluation'
import { reportAssessment, type ReportAssessment } from './report-assessment'
import { reportMeasures, reportRegions, type ChosenMeasure, type ReportMeasure } from './report-measures'
import { evaluationSubjects } from './evaluation-subjects'

/**
 * Everything the evaluation report (utvärderingsrapport) prints, as plain
 * data with Swedish labels: it crosses to the PDF worker as it is, and
 * io/pdf only lays it out.
 */
export interface EvaluationReport {
  title: string
  countyName: string
  strategyTitle: string
  /** What the county calls its focus areas. */
  focusWords: FocusAreaWords
  logo: CountyLogo | null
  symbol: StrategySymbol
  createdOn: string
  /** Place and date, handläggare and diarienummer. */
  handling: ReportHandling
  member: { name: string; orgNumber: string; type: string; municipality: string }
  period: Pick<
    MembershipPeriod,
    'number' | 'startDate' | 'endDate' | 'decisionDate' | 'decisionReference' | 'decidedBy' | 'countyCaseNumber'
  >
  summary: string[]
  dialogues: { date: string; kind: string; participants: string; agreements: string }[]
  goals: {
    label: string
    counts: ActionStatusCounts
    actions: { title: string; status: string; startDate: string; dueDate: string | null; late: boolean }[]
  }[]
  actionCounts: ActionStatusCounts
  participation: { events: ReportEventRow[]; total: ParticipationSums; networks: string[] }
  measures: ReportMeasure[]
  assessment: ReportAssessment | null
}

export interface ReportEventRow {
  date: string
  title: string
  kind: string
  sums: ParticipationSums
}

export interface EvaluationReportInput {
  profile: CountyProfile
  member: Member
  period: MembershipPeriod
  /** The member's dialogues, actions and attendance; only the period's are used. */
  dialogues: readonly Dialogue[]
  actions: readonly Action[]
  attendance: readonly Attendance[]
  /** Events the attendance refers to (others are ignored). */
  events: readonly CalendarEvent[]
  /** Networks the member belongs to. */
  networks: readonly Network[]
  /** The chosen gender-split measures with their series. */
  measures: readonly ChosenMeasure[]
  evaluation: Evaluation | null
  today: string
  /** The länsstyrelse's diarienummer for this report, typed when it is made; '' or absent when none. */
  caseNumber?: string
}

function summaryLines(report: Omit<EvaluationReport, 'summary'>): string[] {
  const { actionCounts: c, participation: p, dialogues, goals } = report
  const goalsWorked = goals.filter((g) => g.counts.total > 0).length
  return [
    `Perioden ${formatProseDate(report.period.startDate)} – ${formatProseDate(report.period.endDate)} är period ${report.period.number} för ${report.member.name}.`,
    `${dialogues.length} ${dialogues.length === 1 ? 'dialog' : 'dialoger'} hölls under perioden.`,
    `Insatsplanen har ${c.total} ${c.total === 1 ? 'insats' : 'insatser'} inom ${goalsWorked} av sex delmål: ${c.done} genomförda, ${c.inProgress} pågår, ${c.planned} planerade och ${c.cancelled} inställda.`,
    `${p.total.total} deltagare (${countsInWords(p.total)}) vid ${p.total.events} ${p.total.events === 1 ? 'aktivitet' : 'aktiviteter'}; medlem i ${p.networks.length} nätverk.`
  ]
}

/** The report of one period, with the evaluation when there is one (a draft prints as such). */
/** The plan per delmål, all six, and the actions that name none (a county may make the delmål optional). */
function goalGroups(actions: readonly Action[], today: string): EvaluationReport['goals'] {
  const row = (a: Action) => ({
    title: a.title,
    status: actionStatusLabels[a.status],
    startDate: a.startDate,
    dueDate: a.dueDate,
    late: isActionLate(a, today)
  })
  const untied = actionsWithoutGoal(actions, today)
  return [
    ...actionsByGoal(actions, today).map((g) => ({
      label: `Delmål ${g.goal.number}: ${g.goal.name}`,
      counts: g.counts,
      actions: g.actions.map(row)
    })),
    ...(untied.actions.length > 0
      ? [{ label: 'Utan nationellt delmål', counts: untied.counts, actions: untied.actions.map(row) }]
      : [])
  ]
}

export function evaluationReport(input: EvaluationReportInput): EvaluationReport {
  const { member, period, profile, today } = input
  const countyName = findCounty(profile.countyCode)?.name ?? `Län ${profile.countyCode}`
  const actions = input.actions.filter((a) => a.periodId === period.id)
  const dialogues = input.dialogues.filter((d) => d.periodId === period.id).sort((a, b) => a.date.localeCompare(b.date))
  const to = period.ending && period.ending.endedOn < period.endDate ? period.ending.endedOn : period.endDate
  const participation = participationReport({
    events: input.events,
    attendance: input.attendance.filter((a) => a.memberId === member.id),
    members: [member],
    from: period.startDate,
    to
  })
  const inPeriod = new Set(input.events.filter((e) => e.date >= period.startDate && e.date <= to).map((e) => e.id))
  const byEvent = participationByEvent(
    input.attendance.filter((a) => a.memberId === member.id && inPeriod.has(a.eventId))
  )
  const events = input.events
    .filter((e) => byEvent.has(e.id))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({ date: e.date, title: e.title, kind: eventKindLabels[e.kind], sums: byEvent.get(e.id)! }))
  const report: Omit<EvaluationReport, 'summary'> = {
    title: `Utvärderingsrapport – ${member.name}, period ${period.number}`,
    countyName,
    strategyTitle: strategyTitle(profile),
    focusWords: focusAreaWords(profile.focusAreaTerm),
    logo: profile.logo,
    symbol: profile.strategySymbol,
    createdOn: today,
    handling: reportHandling(profile, today, input.caseNumber),
    member: {
      name: member.name,
      orgNumber: member.orgNumber,
      type: memberTypeLabels[member.type],
      municipality: member.municipalityCode ? municipalityName(member.municipalityCode) : ''
    },
    period: {
      number: period.number,
      startDate: period.startDate,
      endDate: period.endDate,
      decisionDate: period.decisionDate,
      decisionReference: period.decisionReference,
      decidedBy: period.decidedBy,
      countyCaseNumber: period.countyCaseNumber ?? ''
    },
    dialogues: dialogues.map((d) => ({
      date: d.date,
      kind: dialogueKindLabels[d.kind],
      participants: d.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', '),
      agreements: d.agreements
    })),
    goals: goalGroups(actions, today),
    actionCounts: countByStatus(actions),
    participation: {
      events,
      total: participation.bySex,
      networks: sortSwedish(input.networks, (n) => n.name).map((n) => n.name)
    },
    measures: reportMeasures(input.measures, reportRegions(member.municipalityCode, profile.countyCode)),
    assessment: input.evaluation
      ? reportAssessment(
          input.evaluation,
          evaluationSubjects(actions, profile.focusAreas, today, focusAreaWords(profile.focusAreaTerm))
        )
      : null
  }
  return { ...report, summary: summaryLines(report) }
}
