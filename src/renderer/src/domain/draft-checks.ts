import type { FocusArea } from './county-profile'
import { focusAreaWords, type FocusAreaWords } from './county-words'
import { isIsoDate } from './iso-date'
import type { NationalGoal } from './national-goals'

/**
 * Checks shared by the forms of dialogues, action plans, actions, events and
 * networks. Each returns a Swedish message saying what is wrong and what to
 * do, or undefined when the value is fine.
 */

export type GoalNumber = NationalGoal['number']

/** A short free-text field: too long is an error; empty is the caller's business. */
export function lengthProblem(value: string, max: number, label: string): string | undefined {
  return value.length > max ? `${capitalise(label)} får vara högst ${max} tecken – korta texten.` : undefined
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`
}

/** A required date field; `example` goes into the message, e.g. today. */
export function dateProblem(value: string, label: string, example: string): string | undefined {
  return isIsoDate(value) ? undefined : `Ange ${label} som ÅÅÅÅ-MM-DD, t.ex. ${example}.`
}

/** The sub-goals as stored: 1–6, each once, in order. */
export function normaliseGoals(values: readonly number[]): { goals: GoalNumber[]; error?: string } {
  const goals = [...new Set(values)].sort((a, b) => a - b)
  if (goals.some((g) => !Number.isInteger(g) || g < 1 || g > 6))
    return { goals: [], error: 'Ett delmål finns inte. Välj bland de sex nationella delmålen (1–6).' }
  return { goals: goals as GoalNumber[] }
}

/**
 * The focus areas as stored: each once, in the county profile's order. `known`
 * is the profile's focus areas plus any ids the record already had (a focus
 * area removed from the profile later stays on old records).
 */
export function normaliseFocusAreaIds(
  ids: readonly string[],
  known: readonly FocusArea[],
  alreadyOn: readonly string[] = [],
  words: FocusAreaWords = focusAreaWords()
): { ids: string[]; error?: string } {
  const allowed = [...known.map((f) => f.id), ...alreadyOn.filter((id) => !known.some((f) => f.id === id))]
  const wanted = new Set(ids)
  if ([...wanted].some((id) => !allowed.includes(id)))
    return {
      ids: [],
      error: `Ett valt ${words.one} finns inte längre i länsprofilen. Välj bland ${words.many} i listan.`
    }
  return { ids: allowed.filter((id) => wanted.has(id)) }
}

/** Drops undefined messages, so `Object.keys(errors).length === 0` means valid. */
export function compactErrors<K extends string>(
  errors: Partial<Record<K, string | undefined>>
): Partial<Record<K, string>> {
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== undefined)) as Partial<Record<K, string>>
}

/** True when `value` is one of `values` (a kind or status list), narrowing its type. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value)
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0
}
