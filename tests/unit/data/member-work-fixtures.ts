import { saveCountyProfile } from '@/data/county-profile-repository'
import type { KugghjulDatabase } from '@/data/database'
import { createMember } from '@/data/member-repository'
import { emptyCountyProfile } from '@/domain/county-profile'
import { emptyActionDraft, type ActionDraft } from '@/domain/action-plans/action'
import { emptyCalendarEventDraft, type CalendarEventDraft } from '@/domain/calendar/calendar-event'
import { emptyDialogueDraft, type DialogueDraft } from '@/domain/dialogues/dialogue'
import { decisionOn, kommunDraft, today } from './fresh-database'

/** Kalmar län with two focus areas, and Kalmar kommun with period 1 from 2024-03-15. */
export async function kalmarWithMember(db: KugghjulDatabase, orgNumber = '212000-0746', name = 'Kalmar kommun') {
  await saveCountyProfile(db, {
    ...emptyCountyProfile(),
    countyCode: '08',
    strategyName: 'Ett jämställt Kalmar län',
    strategyStartYear: 2023,
    strategyEndYear: 2027,
    focusAreas: [
      { id: 'fa-economy', name: 'Ekonomisk jämställdhet och jämställd arbetsmarknad' },
      { id: 'fa-health', name: 'Jämställd hälsa' }
    ]
  })
  const created = await createMember(db, kommunDraft({ orgNumber, name }), decisionOn('2024-03-15'), today)
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  return created.value
}

export function dialogueDraft(overrides: Partial<DialogueDraft> = {}): DialogueDraft {
  return {
    ...emptyDialogueDraft('2026-10-01'),
    participants: [{ name: 'Åsa Öberg', role: 'Jämställdhetsstrateg' }],
    needs: 'Lönekartläggning.',
    agreements: 'Insatsplan före jul.',
    goals: [2],
    focusAreaIds: ['fa-economy'],
    nextFollowUpOn: '2026-12-01',
    ...overrides
  }
}

export function actionDraft(overrides: Partial<ActionDraft> = {}): ActionDraft {
  return {
    ...emptyActionDraft('2026-09-01'),
    title: 'Lönekartläggning',
    goals: [2],
    responsible: 'HR-chefen',
    ...overrides
  }
}

export function eventDraft(overrides: Partial<CalendarEventDraft> = {}): CalendarEventDraft {
  return {
    ...emptyCalendarEventDraft('2026-10-15'),
    title: 'Nätverksträff: jämställd hälsa',
    startTime: '09:00',
    endTime: '12:00',
    location: 'Residenset, Kalmar',
    ...overrides
  }
}

export { today }
