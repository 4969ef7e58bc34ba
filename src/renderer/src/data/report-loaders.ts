import type { CountySummaryInput } from '@/domain/county-summary/county-summary'
import type { EvaluationReportInput } from '@/domain/evaluation/evaluation-report'
import { reportRegions } from '@/domain/evaluation/report-measures'
import type { KeyMeasureChoice } from '@/domain/statistics/key-measures'
import { loadCountyProfile } from './county-profile-repository'
import type { KugghjulDatabase } from './database'
import { loadEvaluation } from './evaluation-repository'
import { MemberNotFoundError } from './member-register-errors'
import { loadCountyFollowUp, loadMemberWork, loadParticipation } from './member-work-loaders'
import { loadMemberNetworks } from './network-repository'
import type { EventRecord } from './records'
import { loadMeasureSeriesForRegions } from './statistics/statistics-queries'

export const NO_COUNTY_PROFILE = 'Länsprofilen saknas. Fyll i den under Inställningar innan du skapar rapporten.'

async function requireProfile(db: KugghjulDatabase) {
  const profile = await loadCountyProfile(db)
  if (!profile) throw new Error(NO_COUNTY_PROFILE)
  return profile
}

/**
 * Everything the utvärderingsrapport of `periodId` prints, for evaluationReport():
 * the member's work, the events it attended, its networks, the evaluation, and
 * the chosen measures' series for the kommun, its county and Riket.
 */
export async function loadEvaluationReportInput(
  db: KugghjulDatabase,
  periodId: string,
  measures: readonly KeyMeasureChoice[],
  today: string
): Promise<EvaluationReportInput> {
  const profile = await requireProfile(db)
  const period = await db.membershipPeriods.get(periodId)
  if (!period) throw new MemberNotFoundError('period', periodId)
  const member = await db.members.get(period.memberId)
  if (!member) throw new MemberNotFoundError('member', period.memberId)
  const work = await loadMemberWork(db, member.id)
  const eventIds = [...new Set(work.attendance.map((a) => a.eventId))]
  const events = (await db.events.bulkGet(eventIds)).filter((e): e is EventRecord => e !== undefined)
  const regions = reportRegions(member.municipalityCode, profile.countyCode)
  const chosen = await Promise.all(
    measures.map(async (c) => ({
      measure: c.measure,
      series: await loadMeasureSeriesForRegions(db, c.datasetId, c.measure, regions)
    }))
  )
  return {
    profile,
    member,
    period,
    dialogues: work.dialogues,
    actions: work.actions,
    attendance: work.attendance,
    events,
    networks: await loadMemberNetworks(db, member.id),
    measures: chosen,
    evaluation: (await loadEvaluation(db, periodId)) ?? null,
    today
  }
}

/** Everything the lägesrapport for `year` counts, for countySummary(). */
export async function loadCountySummaryInput(
  db: KugghjulDatabase,
  year: number,
  today: string
): Promise<CountySummaryInput> {
  const profile = await requireProfile(db)
  const { members, periods, actions } = await loadCountyFollowUp(db)
  const { events, attendance, nonMemberAttendance } = await loadParticipation(db, `${year}-01-01`, `${year}-12-31`)
  return { year, profile, members, periods, actions, events, attendance, nonMemberAttendance, today }
}
