/** Ambition levels agreed in dialogue, in the order the UI lists them. */
export const ambitionLevels = ['basic', 'advanced', 'leading'] as const
export type AmbitionLevel = (typeof ambitionLevels)[number]

export const ambitionLevelLabels: Readonly<Record<AmbitionLevel, string>> = {
  basic: 'Grundläggande',
  advanced: 'Fördjupad',
  leading: 'Ledande'
}

export const actionPlanStatuses = ['draft', 'established'] as const
export type ActionPlanStatus = (typeof actionPlanStatuses)[number]

export const actionPlanStatusLabels: Readonly<Record<ActionPlanStatus, string>> = {
  draft: 'Utkast',
  established: 'Fastställd'
}

/** A member's action plan (insatsplan) for one membership period; at most one per period. */
export interface ActionPlan {
  id: string
  memberId: string
  periodId: string
  ambitionLevel: AmbitionLevel
  /** Ambition and pace agreed in dialogue, free text. */
  ambition: string
  status: ActionPlanStatus
  /** The day the plan was established (fastställd); null while a draft. */
  establishedOn: string | null
}

/** What the plan form edits; status changes go through establish / reopen. */
export interface ActionPlanDraft {
  ambitionLevel: AmbitionLevel
  ambition: string
}

export function emptyActionPlanDraft(): ActionPlanDraft {
  return { ambitionLevel: 'basic', ambition: '' }
}

export function actionPlanToDraft(plan: ActionPlan): ActionPlanDraft {
  return { ambitionLevel: plan.ambitionLevel, ambition: plan.ambition }
}
