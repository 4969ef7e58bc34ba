import type { FocusArea } from '@/domain/county-profile'
import { emptyDialogueDraft, type Dialogue, type DialogueDraft } from '@/domain/dialogues/dialogue'
import { createPeriod, type MembershipPeriod } from '@/domain/members/membership-period'

export const today = '2026-11-23'

export const focusAreas: FocusArea[] = [
  { id: 'fa-economy', name: 'Ekonomisk jämställdhet och jämställd arbetsmarknad' },
  { id: 'fa-health', name: 'Jämställd hälsa' },
  { id: 'fa-violence', name: 'Bekämpa och förebygga mäns och pojkars våld mot kvinnor och flickor' }
]

/** Period 1 from 2024-03-15 (ends 2027-03-14) for member m1. */
export const period1: MembershipPeriod = createPeriod({
  id: 'p1',
  memberId: 'm1',
  decision: { decisionDate: '2024-03-15', decisionReference: 'KS 2024/17', decidedBy: 'Kommunstyrelsen' }
})

export function dialogueDraft(overrides: Partial<DialogueDraft> = {}): DialogueDraft {
  return {
    ...emptyDialogueDraft('2026-10-01'),
    participants: [{ name: 'Åsa Öberg', role: 'Jämställdhetsstrateg' }],
    needs: 'Stöd i att analysera löner; kartläggning av våld i nära relationer.',
    agreements: 'Ta fram en insatsplan, nästa möte i december.',
    goals: [2, 6],
    focusAreaIds: ['fa-economy'],
    ...overrides
  }
}

export function dialogue(
  memberId: string,
  date: string,
  nextFollowUpOn: string | null,
  id = `${memberId}-${date}`,
  status: Dialogue['status'] = 'held'
): Dialogue {
  return {
    id,
    memberId,
    periodId: 'p1',
    date,
    status,
    kind: 'followUp',
    participants: [],
    needs: '',
    agreements: '',
    goals: [],
    focusAreaIds: [],
    nextFollowUpOn
  }
}
