import { dateProblem, lengthProblem } from '../draft-checks'
import type { MembershipPeriod } from '../members/membership-period'
import { ambitionLevels, type ActionPlan, type ActionPlanDraft } from './action-plan'

/**
 * Action plan rules (insatsplan):
 *
 * - A member has at most one plan per membership period.
 * - A plan starts as *utkast* (draft). It can be *fastställd* (established)
 *   only when it has at least one action, on a date that is neither after
 *   today nor before the management decision of its period.
 * - An established plan can be reopened as a draft; its date is then cleared.
 * - An established plan always keeps at least one action: its last action
 *   cannot be deleted (reopen the plan first, or add another action).
 */

export type ActionPlanErrors = Partial<Record<keyof ActionPlanDraft, string>>
export type ActionPlanResult = { ok: true; fields: ActionPlanDraft } | { ok: false; errors: ActionPlanErrors }

const MAX_AMBITION = 4000

export function validateActionPlanDraft(draft: ActionPlanDraft): ActionPlanResult {
  const ambition = draft.ambition.trim()
  const errors: ActionPlanErrors = {}
  if (!ambitionLevels.includes(draft.ambitionLevel))
    errors.ambitionLevel = 'Välj ambitionsnivå: grundläggande, fördjupad eller ledande.'
  const tooLong = lengthProblem(ambition, MAX_AMBITION, 'beskrivningen av ambition och takt')
  if (tooLong) errors.ambition = tooLong
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, fields: { ambitionLevel: draft.ambitionLevel, ambition } }
}

/** Why the plan cannot be established on `establishedOn`, or undefined when it can. */
export function establishProblem(args: {
  plan: ActionPlan
  actionCount: number
  establishedOn: string
  period: MembershipPeriod
  today: string
}): string | undefined {
  const { plan, actionCount, establishedOn, period, today } = args
  if (plan.status === 'established') return `Insatsplanen är redan fastställd (${plan.establishedOn}).`
  if (actionCount === 0)
    return 'En insatsplan kan fastställas först när den har minst en insats. Lägg till en insats och försök igen.'
  const notADate = dateProblem(establishedOn, 'datum för fastställandet', today)
  if (notADate) return notADate
  if (establishedOn > today)
    return `Datumet ${establishedOn} ligger efter dagens datum ${today}. Fastställ planen när beslutet är fattat.`
  if (establishedOn < period.decisionDate)
    return `Planen kan inte fastställas före ledningsbeslutet för period ${period.number} (${period.decisionDate}). Kontrollera datumet.`
  return undefined
}

/** Why the plan cannot be reopened as a draft, or undefined. */
export function reopenProblem(plan: ActionPlan): string | undefined {
  return plan.status === 'draft' ? 'Insatsplanen är redan ett utkast.' : undefined
}

/** Why an action cannot be deleted from the plan that has `actionCount` actions, or undefined. */
export function deleteActionProblem(plan: ActionPlan, actionCount: number): string | undefined {
  if (plan.status === 'established' && actionCount <= 1)
    return 'Insatsen är den enda i en fastställd insatsplan, och en fastställd plan måste ha minst en insats. Lägg till en annan insats först, eller gör om planen till utkast.'
  return undefined
}
