import { actionStatuses, actionStatusLabels, type Action } from '../action-plans/action'
import { countyActionCounts, type ActionStatusCounts } from '../action-plans/action-summary'
import type { Attendance, NonMemberAttendance } from '../calendar/attendance'
import type { CalendarEvent } from '../calendar/calendar-event'
import { participationReport, type ParticipationSums } from '../calendar/participation'
import { actionStatusColors } from '../meaning-colors'
import { strategyTitle } from '../strategy-title'
import type { ChartSpec } from '../charts/chart-spec'
import { findCounty, type CountyLogo, type CountyProfile, type StrategySymbol } from '../county-profile'
import type { Member } from '../members/member'
import { buildMemberRows } from '../members/member-list'
import { memberTypeLabels } from '../members/member-type'
import type { MembershipPeriod } from '../members/membership-period'
import { registerOverview } from '../members/overview'
import { municipalityName } from '../regions/municipality-lookup'
import { compareSwedish } from '../swedish-format'
import { reportHandling, type ReportHandling } from '../report-handling'

/**
 * The county's lägesrapport for one calendar year, as plain data with
 * Swedish labels for the PDF and the .xlsx. The register is taken as it
 * stood on the year's last day (or today, for the current year); the counts
 * come from the same aggregations as Översikt, the county follow-up view and
 * the participation view.
 */
export interface CountySummary {
  year: number
  title: string
  countyName: string
  strategyTitle: string
  logo: CountyLogo | null
  symbol: StrategySymbol
  createdOn: string
  /** Place and date, handläggare and diarienummer. */
  handling: ReportHandling
  /** The day the register is counted on: 31 December, or today in the current year. */
  asOf: string
  activeTotal: number
  byType: { label: string; count: number }[]
  /** Active members per kommun (the county's kommuner, then others), and whether the kommun itself has joined. */
  byMunicipality: { name: string; members: number; joined: boolean }[]
  municipalitiesJoined: number
  municipalityCount: number
  newMembers: { name: string; type: string; decisionDate: string }[]
  renewals: { name: string; period: number; decisionDate: string; startDate: string }[]
  endings: { name: string; endedOn: string; reason: string }[]
  /** Actions running in the year (started by its end, due date not before its start, or none). */
  actions: { byGoal: { label: string; counts: ActionStatusCounts }[]; distinct: ActionStatusCounts }
  actionsChart: ChartSpec
  participation: {
    eventCount: number
    /** Members' participants, and by member type. */
    bySex: ParticipationSums
    byType: { label: string; sums: ParticipationSums }[]
    /** Participants from no member organisation, apart from the members. */
    nonMembers: ParticipationSums
    /** Members and non-members together. */
    everyone: ParticipationSums
  }
}

export interface CountySummaryInput {
  year: number
  profile: CountyProfile
  members: readonly Member[]
  periods: readonly MembershipPeriod[]
  actions: readonly Action[]
  events: readonly CalendarEvent[]
  attendance: readonly Attendance[]
  /** Participants from no member organisation; none when absent. */
  nonMemberAttendance?: readonly NonMemberAttendance[]
  today: string
  /** The länsstyrelse's diarienummer for this report, typed when it is made; '' or absent when none. */
  caseNumber?: string
}

const NO_MUNICIPALITY = 'Ingen kommun angiven'

function byMunicipality(
  rows: ReturnType<typeof buildMemberRows>,
  own: { code: string; name: string; joined: boolean }[]
) {
  const counts = new Map<string, number>()
  for (const r of rows)
    counts.set(r.member.municipalityCode ?? '', (counts.get(r.member.municipalityCode ?? '') ?? 0) + 1)
  const ownCodes = new Set(own.map((m) => m.code))
  const others = [...counts.keys()]
    .filter((code) => !ownCodes.has(code))
    .map((code) => ({
      name: code ? municipalityName(code) : NO_MUNICIPALITY,
      members: counts.get(code)!,
      joined: false
    }))
    .sort((a, b) => (a.name === NO_MUNICIPALITY ? 1 : b.name === NO_MUNICIPALITY ? -1 : compareSwedish(a.name, b.name)))
  return [...own.map((m) => ({ name: m.name, members: counts.get(m.code) ?? 0, joined: m.joined })), ...others]
}

export function countySummary(input: CountySummaryInput): CountySummary {
  const { year, profile } = input
  const from = `${year}-01-01`
  const yearEnd = `${year}-12-31`
  const asOf = input.today < yearEnd ? input.today : yearEnd
  const periods = input.periods.filter((p) => p.decisionDate <= asOf)
  const members = input.members.filter((m) => periods.some((p) => p.memberId === m.id))
  const rows = buildMemberRows(members, periods, { today: asOf })
  const overview = registerOverview(rows, profile.countyCode, asOf)
  const activeRows = rows.filter((r) => r.member.archivedAt === null && r.status !== 'ended')
  const nameOf = new Map(input.members.map((m) => [m.id, m.name]))
  const inYear = (date: string) => date >= from && date <= yearEnd
  const running = input.actions.filter((a) => a.startDate <= yearEnd && (a.dueDate === null || a.dueDate >= from))
  const actionCounts = countyActionCounts(running)
  const participation = participationReport({
    events: input.events,
    attendance: input.attendance,
    nonMemberAttendance: input.nonMemberAttendance ?? [],
    members: input.members,
    from,
    to: yearEnd
  })
  const countyName = findCounty(profile.countyCode)?.name ?? `Län ${profile.countyCode}`
  const strategy = strategyTitle(profile)
  return {
    year,
    title: `Lägesrapport ${year} – ${strategy}`,
    countyName,
    strategyTitle: strategy,
    logo: profile.logo,
    symbol: profile.strategySymbol,
    createdOn: input.today,
    handling: reportHandling(profile, input.today, input.caseNumber),
    asOf,
    activeTotal: overview.activeTotal,
    byType: overview.activeByType.map((t) => ({ label: memberTypeLabels[t.type], count: t.count })),
    byMunicipality: byMunicipality(activeRows, overview.municipalities),
    municipalitiesJoined: overview.municipalitiesJoined,
    municipalityCount: overview.municipalities.length,
    newMembers: overview.newThisYear
      .map((r) => ({ name: r.member.name, type: r.typeLabel, decisionDate: r.periods[0]!.decisionDate }))
      .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate) || compareSwedish(a.name, b.name)),
    renewals: periods
      .filter((p) => p.number > 1 && inYear(p.decisionDate))
      .map((p) => ({
        name: nameOf.get(p.memberId) ?? '',
        period: p.number,
        decisionDate: p.decisionDate,
        startDate: p.startDate
      }))
      .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate) || compareSwedish(a.name, b.name)),
    endings: periods
      .filter((p) => p.ending !== null && inYear(p.ending.endedOn))
      .map((p) => ({ name: nameOf.get(p.memberId) ?? '', endedOn: p.ending!.endedOn, reason: p.ending!.reason }))
      .sort((a, b) => a.endedOn.localeCompare(b.endedOn) || compareSwedish(a.name, b.name)),
    actions: {
      byGoal: actionCounts.byGoal.map((g) => ({ label: `Delmål ${g.goal.number}: ${g.goal.name}`, counts: g.counts })),
      distinct: actionCounts.distinct
    },
    actionsChart: {
      kind: 'stackedBar',
      title: `Insatser per delmål och status ${year}`,
      categories: actionCounts.byGoal.map((g) => `${g.goal.number}. ${g.goal.name}`),
      series: actionStatuses.map((status) => ({
        name: actionStatusLabels[status],
        values: actionCounts.byGoal.map((g) => g.counts[status]),
        color: actionStatusColors[status].strong
      })),
      horizontal: true
    },
    participation: {
      eventCount: participation.eventCount,
      bySex: participation.bySex,
      byType: participation.byMemberType.map((t) => ({ label: memberTypeLabels[t.type], sums: t.sums })),
      nonMembers: participation.nonMembers,
      everyone: participation.everyone
    }
  }
}
