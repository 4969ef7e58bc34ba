import { DEFAULT_EVALUATION_WARNING_DAYS } from './members/membership-status'

/** The coordinator's own settings, beside the county profile. */
export interface Preferences {
  /** "Utvärdering närmar sig" from this many days before a period ends. */
  evaluationWarningDays: number
}

export const defaultPreferences: Preferences = { evaluationWarningDays: DEFAULT_EVALUATION_WARNING_DAYS }

/** A Swedish message when the value cannot be used, otherwise null. */
export function evaluationWarningDaysProblem(days: number): string | null {
  if (!Number.isInteger(days) || days < 1 || days > 365) return 'Ange ett antal dagar mellan 1 och 365, t.ex. 90.'
  return null
}
