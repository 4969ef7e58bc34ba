import type { CountyProfile } from '../../src/renderer/src/domain/county-profile'
import type { Evaluation } from '../../src/renderer/src/domain/evaluation/evaluation'
import type { EvaluationReportInput } from '../../src/renderer/src/domain/evaluation/evaluation-report'
import { evaluationSubjects } from '../../src/renderer/src/domain/evaluation/evaluation-subjects'
import type { Member } from '../../src/renderer/src/domain/members/member'
import { createPeriod } from '../../src/renderer/src/domain/members/membership-period'
import type { WideSeries } from '../../src/renderer/src/domain/statistics/series'
import { generateMemberWork } from '../../src/renderer/src/domain/test-data/work-generator'

/**
 * A made-up evaluation report for tests and the benchmark: Mörbylånga kommun,
 * period 1 (2023-11-20 – 2026-11-19), generated dialogues, actions and
 * attendance, hand-made statistics for the kommun, Kalmar län and Riket, and
 * a completed evaluation that renews the membership.
 */

export const SAMPLE_TODAY = '2026-11-23'

export const sampleProfile: CountyProfile = {
  countyCode: '08',
  strategyName: 'Ett jämställt Kalmar län',
  strategyStartYear: 2023,
  strategyEndYear: 2027,
  focusAreas: [
    { id: 'fa-economy', name: 'Ekonomisk jämställdhet och jämställd arbetsmarknad' },
    { id: 'fa-health', name: 'Jämställd hälsa' },
    { id: 'fa-violence', name: 'Mäns våld mot kvinnor – förebyggande arbete' }
  ],
  signatoryName: 'Helene Öberg',
  signatoryTitle: 'Landshövding',
  logo: null,
  strategySymbol: { kind: 'gear' },
  caseOfficer: { name: 'Karin Åberg', title: 'Jämställdhetssamordnare', email: 'karin.aberg@lansstyrelsen.se' },
  focusAreaTerm: { singular: 'fokusområde', plural: 'fokusområden' },
  nationalGoalRequired: true,
  earlierStrategies: [],
  perspectives: []
}

const sampleMember: Member = {
  id: 'member-morbylanga',
  name: 'Mörbylånga kommun',
  orgNumber: '212000-0761',
  type: 'municipality',
  municipalityCode: '0840',
  streetAddress: 'Trollskogsvägen 8',
  postalCode: '386 80',
  postalTown: 'Mörbylånga',
  website: 'https://www.morbylanga.se',
  contactPersons: [],
  archivedAt: null
}

/** Six measures: counts and rates, as SCB and Kolada name them. */
export const sampleMeasureNames = [
  'Förvärvsarbetande 20–64 år, antal',
  'Andel chefer, procent',
  'Medianinkomst, tkr',
  'Sjukpenningtal, dagar per försäkrad',
  'Uttagna dagar med föräldrapenning',
  'Andel med eftergymnasial utbildning, procent'
] as const

const regions = [
  { code: '0840', name: 'Mörbylånga', scale: 0.06 },
  { code: '08', name: 'Kalmar län', scale: 1 },
  { code: '00', name: 'Riket', scale: 42 }
]

/** Deterministic figures: a base per measure, women and men apart by a measure-specific gap, growing a little each year. */
function sampleSeries(measure: string, index: number): WideSeries[] {
  const count = !/procent|tkr|per/.test(measure)
  return regions.map((region, r) => {
    const values: WideSeries['values'] = {}
    for (let year = 2019; year <= 2024; year++) {
      const t = year - 2019
      const base = count ? 60_000 * region.scale * (1 + 0.01 * t) : 30 + 8 * index + r + 0.6 * t
      const women = Math.round(base * (1 + 0.04 * (index % 3) - 0.05) * 10) / 10
      const men = Math.round(base * (1 - 0.03 * (index % 2)) * 10) / 10
      values[String(year)] = { women, men, total: count ? Math.round(women + men) : null }
    }
    return { measure, regionCode: region.code, regionName: region.name, values }
  })
}

export interface SampleSize {
  dialogues: number
  actions: number
  eventsPerYear: number
  measures: number
}

export function sampleEvaluationReportInput(size: SampleSize, seed = 6): EvaluationReportInput {
  const period = createPeriod({
    id: 'period-1',
    memberId: sampleMember.id,
    decision: { decisionDate: '2023-11-20', decisionReference: 'KS 2023/141', decidedBy: 'Kommunstyrelsen' }
  })
  const work = generateMemberWork({
    seed,
    members: [sampleMember],
    periods: [period],
    today: SAMPLE_TODAY,
    focusAreaIds: sampleProfile.focusAreas.map((f) => f.id),
    dialogueCount: size.dialogues,
    actionCount: size.actions,
    eventsPerYear: size.eventsPerYear,
    eventYears: 3,
    networkCount: 3
  })
  const subjects = evaluationSubjects(work.actions, sampleProfile.focusAreas, SAMPLE_TODAY).filter((s) => s.workedOn)
  const evaluation: Evaluation = {
    id: 'evaluation-1',
    memberId: sampleMember.id,
    periodId: period.id,
    status: 'completed',
    assessments: subjects.map((s, i) => ({
      subject: s.subject,
      level: ((i % 3) + 1) as 1 | 2 | 3,
      comment: `${s.actions.length} insatser. Arbetet är förankrat i ledningsgruppen; nästa steg är att följa upp effekterna för kvinnor och män.`
    })),
    conclusions:
      'Mörbylånga kommun har under perioden gjort lönekartläggning, könsuppdelat sin statistik och utbildat chefer tillsammans med idéburna organisationer. Arbetet mot mäns våld mot kvinnor är etablerat i socialtjänsten; jämställd hälsa är påbörjad.',
    decision: {
      outcome: 'renew',
      decisionDate: '2026-11-02',
      decisionReference: 'KS 2026/87',
      decidedBy: 'Kommunstyrelsen'
    },
    decidedAt: SAMPLE_TODAY,
    nextPeriodId: 'period-2'
  }
  return {
    profile: sampleProfile,
    member: sampleMember,
    period,
    dialogues: work.dialogues,
    actions: work.actions,
    attendance: work.attendance,
    events: work.events,
    networks: work.networks.filter((n) => n.memberIds.includes(sampleMember.id)),
    measures: sampleMeasureNames
      .slice(0, size.measures)
      .map((measure, i) => ({ measure, series: sampleSeries(measure, i) })),
    evaluation,
    today: SAMPLE_TODAY
  }
}
