import type {
  ActionPlanRecord,
  ActionRecord,
  AttendanceRecord,
  CertificateRecord,
  DialogueRecord,
  EvaluationRecord,
  EventRecord,
  MemberRecord,
  MembershipPeriodRecord,
  NonMemberAttendanceRecord
} from '@/data/records'
import type { AnnualFiguresInput } from '@/domain/annual-figures/annual-figures'
import type { FocusArea } from '@/domain/county-profile'
import type { MemberType } from '@/domain/members/member-type'

/**
 * A register built by hand for the årsuppföljning 2026, with every definition
 * at its edges (1 January and 31 December, ended and archived members, a plan
 * adopted and reopened, planned and held dialogues, members and non-members).
 * Full records, so the same register can also be written to a database and
 * a backup file. The expected 2026 figures are worked out in the test.
 */
const stamp = { createdAt: '2026-01-01T08:00:00.000Z', updatedAt: '2026-01-01T08:00:00.000Z' }
export const focusAreas: FocusArea[] = [
  { id: 'fa-economy', name: 'Ekonomisk jämställdhet och jämställd arbetsmarknad' },
  { id: 'fa-health', name: 'Jämställd hälsa' }
]

function member(
  id: string,
  name: string,
  type: MemberType,
  municipalityCode: string | null,
  orgNumber: string,
  archivedAt: string | null = null
): MemberRecord {
  const contactPersons: MemberRecord['contactPersons'] = []
  return {
    id,
    name,
    orgNumber,
    type,
    municipalityCode,
    streetAddress: '',
    postalCode: '',
    postalTown: '',
    website: '',
    contactPersons,
    archivedAt,
    ...stamp
  }
}

function period(
  id: string,
  memberId: string,
  number: number,
  startDate: string,
  endDate: string,
  endedOn?: string
): MembershipPeriodRecord {
  const welcomePackage = {
    certificateIssuedOn: null,
    logoSentOn: null,
    leadershipBriefingOfferedOn: null,
    leadershipBriefingHeldOn: null
  }
  const ending = endedOn ? { endedOn, reason: 'Verksamheten har avslutat sin anslutning.' } : null
  return {
    id,
    memberId,
    number,
    decisionDate: startDate,
    decisionReference: `Dnr ${id}`,
    decidedBy: 'Styrelsen',
    startDate,
    endDate,
    welcomePackage,
    ending,
    ...stamp
  }
}

function dialogue(
  id: string,
  memberId: string,
  periodId: string,
  date: string,
  kind: DialogueRecord['kind'],
  status: DialogueRecord['status'] = 'held'
): DialogueRecord {
  return {
    id,
    memberId,
    periodId,
    date,
    status,
    kind,
    participants: [],
    needs: '',
    agreements: '',
    goals: [],
    focusAreaIds: [],
    nextFollowUpOn: null,
    ...stamp
  }
}

function plan(id: string, memberId: string, periodId: string, establishedOn: string | null): ActionPlanRecord {
  return {
    id,
    memberId,
    periodId,
    ambitionLevel: 'basic',
    ambition: '',
    status: establishedOn ? 'established' : 'draft',
    establishedOn,
    ...stamp
  }
}

function action(
  id: string,
  planId: string,
  memberId: string,
  periodId: string,
  startDate: string,
  goals: ActionRecord['goals'],
  focusAreaIds: string[],
  status: ActionRecord['status']
): ActionRecord {
  return {
    id,
    actionPlanId: planId,
    memberId,
    periodId,
    title: `Insats ${id}`,
    description: '',
    goals,
    focusAreaIds,
    responsible: '',
    startDate,
    dueDate: null,
    status,
    progressNotes: [],
    statisticsTarget: null,
    ...stamp
  }
}

function event(id: string, date: string, kind: EventRecord['kind']): EventRecord {
  return {
    id,
    title: `Aktivitet ${id}`,
    kind,
    date,
    startTime: null,
    endTime: null,
    location: '',
    link: '',
    description: '',
    focusAreaIds: [],
    goals: [],
    organiser: '',
    invitedMemberIds: [],
    invitedNetworkIds: [],
    networkId: null,
    ...stamp
  }
}

const counts = (women: number, men: number, nonBinary: number, unknown: number) => ({ women, men, nonBinary, unknown })

function certificate(n: number, memberId: string, periodId: string, issuedOn: string): CertificateRecord {
  const number = `H-${issuedOn.slice(0, 4)}-${String(n).padStart(3, '0')}`
  return {
    id: `cert-${n}`,
    number,
    code: `K7QM-2XR${n}-9D`,
    memberId,
    periodId,
    periodNumber: 1,
    issuedAt: `${issuedOn}T09:00:00.000Z`,
    issuedOn,
    content: {
      number,
      orgNumber: '212000-0746',
      memberName: 'Verksamhet',
      periodStartDate: '2026-01-01',
      periodEndDate: '2028-12-31',
      decisionDate: '2026-01-01',
      countyCode: '08',
      strategyName: 'Ett jämställt Kalmar län',
      strategyStartYear: 2023,
      strategyEndYear: 2027
    },
    signatory: { name: 'Landshövding', title: '' },
    ...stamp
  }
}

function evaluation(
  id: string,
  memberId: string,
  periodId: string,
  status: EvaluationRecord['status'],
  decidedAt: string | null,
  decision: EvaluationRecord['decision'],
  assessments: EvaluationRecord['assessments'] = []
): EvaluationRecord {
  return {
    id,
    memberId,
    periodId,
    status,
    assessments,
    conclusions: '',
    decision,
    decidedAt,
    nextPeriodId: null,
    ...stamp
  }
}

const goal = (g: 1 | 2 | 3 | 4 | 5 | 6, level: 1 | 2 | 3 | null) => ({
  subject: { kind: 'goal' as const, goal: g },
  level,
  comment: 'Bedömt.'
})
const renew = {
  outcome: 'renew' as const,
  decisionDate: '2026-12-31',
  decisionReference: 'KS 2026/1',
  decidedBy: 'Kommunstyrelsen'
}
const end = { outcome: 'end' as const, endedOn: '2026-12-31', reason: 'Avslutas.' }

export function annualRegister() {
  const members = [
    member('kalmar', 'Kalmar kommun', 'municipality', '0880', '212000-0746'), // period 1 from 1 Jan 2026: new, at year end
    member('region', 'Region Kalmar län', 'region', null, '232100-0073'), // period 1 ends 30 Dec, period 2 from 31 Dec: renewed, at year end
    member('lst', 'Polismyndigheten', 'governmentAgency', null, '202100-0076'), // ended on 31 Dec 2026: ended, not at year end
    member('ab', 'Företaget AB', 'company', null, '556000-0001'), // ends 15 Jan 2027: at year end 2026
    member('forening', 'Kvinnojouren', 'nonProfit', null, '802000-0009', '2026-09-01T10:00:00.000Z'), // archived
    member('nybro', 'Nybro kommun', 'municipality', '0881', '212000-0761'), // starts 1 Jan 2027: not yet
    member('hultsfred', 'Hultsfreds kommun', 'municipality', '0860', '212000-0647') // started 31 Dec 2025: not new in 2026
  ]
  const periods = [
    period('kalmar-1', 'kalmar', 1, '2026-01-01', '2028-12-31'),
    period('region-1', 'region', 1, '2023-12-31', '2026-12-30'),
    period('region-2', 'region', 2, '2026-12-31', '2029-12-30'),
    period('lst-1', 'lst', 1, '2025-06-01', '2028-05-31', '2026-12-31'),
    period('ab-1', 'ab', 1, '2025-03-01', '2028-02-29', '2027-01-15'),
    period('forening-1', 'forening', 1, '2026-05-01', '2029-04-30'),
    period('nybro-1', 'nybro', 1, '2027-01-01', '2029-12-31'),
    period('hultsfred-1', 'hultsfred', 1, '2025-12-31', '2028-12-30')
  ]
  const dialogues = [
    dialogue('d1', 'kalmar', 'kalmar-1', '2026-01-01', 'initial'),
    dialogue('d2', 'kalmar', 'kalmar-1', '2026-12-31', 'followUp'),
    dialogue('d3', 'region', 'region-2', '2026-12-15', 'followUp', 'planned'), // booked ahead: not held
    dialogue('d4', 'region', 'region-1', '2025-12-31', 'initial'), // last year
    dialogue('d5', 'lst', 'lst-1', '2026-06-01', 'other')
  ]
  const plans = [
    plan('p1', 'kalmar', 'kalmar-1', '2026-03-01'),
    plan('p2', 'region', 'region-1', null), // adopted in 2026, then reopened as utkast
    plan('p3', 'hultsfred', 'hultsfred-1', '2025-12-31'),
    plan('p4', 'region', 'region-2', '2026-12-31')
  ]
  const actions = [
    action('a1', 'p1', 'kalmar', 'kalmar-1', '2026-01-01', [2, 6], ['fa-economy'], 'done'),
    action('a2', 'p4', 'region', 'region-2', '2026-12-31', [5], ['fa-health', 'fa-removed'], 'planned'),
    action('a3', 'p3', 'hultsfred', 'hultsfred-1', '2025-12-31', [1], [], 'inProgress'),
    action('a4', 'p1', 'kalmar', 'kalmar-1', '2027-01-01', [1], [], 'planned')
  ]
  const events = [
    event('e1', '2026-01-01', 'networkMeeting'),
    event('e2', '2026-12-31', 'training'),
    event('e3', '2025-12-31', 'conference'),
    event('e4', '2027-01-01', 'conference')
  ]
  const attendance: AttendanceRecord[] = [
    { id: 'at1', eventId: 'e1', memberId: 'kalmar', ...counts(3, 2, 1, 0), ...stamp },
    { id: 'at2', eventId: 'e2', memberId: 'region', ...counts(4, 0, 0, 2), ...stamp },
    { id: 'at3', eventId: 'e3', memberId: 'kalmar', ...counts(100, 100, 0, 0), ...stamp }
  ]
  const nonMemberAttendance: NonMemberAttendanceRecord[] = [
    { id: 'nm1', eventId: 'e1', organisation: 'Brottsofferjouren', ...counts(5, 1, 0, 0), ...stamp },
    { id: 'nm2', eventId: 'e4', organisation: '', ...counts(50, 0, 0, 0), ...stamp }
  ]
  const certificates = [
    certificate(1, 'kalmar', 'kalmar-1', '2026-01-01'),
    certificate(2, 'region', 'region-2', '2026-12-31'),
    certificate(3, 'hultsfred', 'hultsfred-1', '2025-12-31')
  ]
  const evaluations = [
    evaluation('ev1', 'region', 'region-1', 'completed', '2026-12-31', renew, [
      goal(2, 3),
      goal(6, 1),
      goal(5, null),
      { subject: { kind: 'focusArea', focusAreaId: 'fa-health' }, level: 2, comment: 'Bra.' }
    ]),
    evaluation('ev2', 'lst', 'lst-1', 'completed', '2026-02-01', end, [goal(2, 2)]),
    evaluation('ev3', 'ab', 'ab-1', 'draft', null, null, [goal(1, 3)]),
    evaluation('ev4', 'hultsfred', 'hultsfred-1', 'completed', '2025-12-31', renew, [goal(1, 1)])
  ]
  return {
    members,
    periods,
    dialogues,
    plans,
    actions,
    events,
    attendance,
    nonMemberAttendance,
    certificates,
    evaluations
  }
}

export function annualInput(year: number, register = annualRegister()): AnnualFiguresInput {
  return { year, countyCode: '08', focusAreas, ...register }
}

/** The 2026 figures of the hand-built register, worked out by hand from its comments. */
export const expected2026 = {
  year: 2026,
  membersAtYearEnd: {
    municipality: 2,
    region: 1,
    governmentAgency: 0,
    municipalAssociation: 0,
    nonProfit: 0,
    company: 1,
    other: 0
  },
  newMembers: 2,
  renewedMembers: 1,
  endedMembers: 1,
  dialoguesHeld: 3,
  membersWithDialogue: 2,
  plansAdopted: 2,
  actionsBySubGoal: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 1, '6': 1 },
  eventsHeld: 2,
  participants: { women: 12, men: 3, nonBinary: 1, unknown: 2, members: 12, nonMembers: 6 },
  certificatesIssued: 2,
  evaluationsCompleted: 2,
  evaluationsRenewed: 1,
  evaluationsEnded: 1
}
