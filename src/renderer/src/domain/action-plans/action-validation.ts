import type { FocusArea } from '../county-profile'
import { normalisePerspectives } from '../perspectives'
import { focusAreaWords, type FocusAreaTerm } from '../county-words'
import {
  compactErrors,
  dateProblem,
  hasErrors,
  lengthProblem,
  normaliseFocusAreaIds,
  normaliseGoals
} from '../draft-checks'
import { isActionStatus, type Action, type ActionDraft, type ProgressNote, type StatisticsTarget } from './action'

/**
 * Action rules (insats):
 *
 * - Title and a start date are required; a due date, when given, is on or
 *   after the start date.
 * - At least one of the six sub-goals, unless the county profile makes the
 *   delmål optional; then the action names a delmål or one of the county's
 *   own areas (when the county has any), so that it belongs to the strategy.
 * - *Pågår* and *genomförd* need the action to have started: the start date
 *   may not be after today. *Planerad* and *inställd* may be set at any time.
 * - A progress note has a text and a date that is not after today.
 */

export type ActionField = keyof Omit<ActionDraft, 'statisticsTarget'> | 'statisticsTarget'
export type ActionErrors = Partial<Record<ActionField, string>>

export type ActionFields = Omit<Action, 'id' | 'actionPlanId' | 'memberId' | 'periodId' | 'progressNotes'>
export type ActionResult = { ok: true; fields: ActionFields } | { ok: false; errors: ActionErrors }

const MAX_TITLE = 200
const MAX_TEXT = 10_000

function statusProblem(draft: ActionDraft, startDate: string, today: string, startOk: boolean): string | undefined {
  if (!isActionStatus(draft.status)) return 'Välj status: planerad, pågår, genomförd eller inställd.'
  if (!startOk || startDate <= today) return undefined
  if (draft.status === 'done')
    return `En insats kan inte vara genomförd innan den har startat. Startdatumet är ${startDate} – ändra startdatumet eller statusen.`
  if (draft.status === 'inProgress')
    return `En insats kan inte pågå innan den har startat. Startdatumet är ${startDate} – ändra startdatumet eller statusen.`
  return undefined
}

/** Why a statistics target cannot be saved, or undefined. */
export function statisticsTargetProblem(target: StatisticsTarget | null): string | undefined {
  if (target === null) return undefined
  if ([target.datasetId, target.measure, target.regionCode].some((v) => v.trim() === ''))
    return 'Välj tabell, mått och område för målvärdet, eller ta bort kopplingen till statistiken.'
  if (!Number.isFinite(target.targetValue)) return 'Ange målvärdet som ett tal, t.ex. 50.'
  if (!Number.isInteger(target.targetYear) || target.targetYear < 2000 || target.targetYear > 2100)
    return 'Ange målåret som ett årtal mellan 2000 och 2100, t.ex. 2027.'
  return undefined
}

/** What the county profile says about actions: its areas, their name, and whether a delmål is required. */
export interface ActionProfileRules {
  focusAreas: readonly FocusArea[]
  focusAreaTerm?: FocusAreaTerm
  nationalGoalRequired?: boolean
}

/** Why the action's ties to delmål and areas are not enough, or undefined. */
export function goalTieProblem(
  goals: readonly number[],
  focusAreaIds: readonly string[],
  rules: ActionProfileRules
): string | undefined {
  if (goals.length > 0) return undefined
  if (rules.nationalGoalRequired ?? true) return 'Välj minst ett av de nationella delmålen som insatsen bidrar till.'
  if (rules.focusAreas.length === 0 || focusAreaIds.length > 0) return undefined
  return `Välj minst ett ${focusAreaWords(rules.focusAreaTerm).one} eller ett nationellt delmål som insatsen bidrar till.`
}

export function validateActionDraft(
  draft: ActionDraft,
  context: ActionProfileRules & { today: string; existing?: Action }
): ActionResult {
  const { today } = context
  const title = draft.title.trim()
  const description = draft.description.trim()
  const responsible = draft.responsible.trim()
  const startDate = draft.startDate.trim()
  const dueDate = draft.dueDate.trim()
  const goals = normaliseGoals(draft.goals)
  const focus = normaliseFocusAreaIds(
    draft.focusAreaIds,
    context.focusAreas,
    context.existing?.focusAreaIds,
    focusAreaWords(context.focusAreaTerm)
  )
  const startError = dateProblem(startDate, 'startdatum', today)
  let dueError = dueDate === '' ? undefined : dateProblem(dueDate, 'slutdatum', today)
  if (!dueError && !startError && dueDate !== '' && dueDate < startDate)
    dueError = `Slutdatumet kan inte ligga före startdatumet ${startDate}. Ändra något av datumen.`
  const errors = compactErrors<ActionField>({
    title:
      title === ''
        ? 'Ange insatsens namn, t.ex. "Jämställdhetsanalys av löner".'
        : lengthProblem(title, MAX_TITLE, 'namnet'),
    description: lengthProblem(description, MAX_TEXT, 'beskrivningen'),
    goals: goals.error ?? (focus.error ? undefined : goalTieProblem(goals.goals, focus.ids, context)),
    focusAreaIds: focus.error,
    responsible: lengthProblem(responsible, MAX_TITLE, 'ansvarig'),
    startDate: startError,
    dueDate: dueError,
    status: statusProblem(draft, startDate, today, !startError),
    statisticsTarget: statisticsTargetProblem(draft.statisticsTarget)
  })
  if (hasErrors(errors)) return { ok: false, errors }
  return {
    ok: true,
    fields: {
      title,
      description,
      goals: goals.goals,
      focusAreaIds: focus.ids,
      perspectives: normalisePerspectives(draft.perspectives),
      responsible,
      startDate,
      dueDate: dueDate === '' ? null : dueDate,
      status: draft.status,
      statisticsTarget: draft.statisticsTarget ? { ...draft.statisticsTarget } : null
    }
  }
}

export type ProgressNoteErrors = Partial<Record<'date' | 'text', string>>

/** Checks a new progress note; the repository gives it an id. */
export function validateProgressNote(
  draft: { date: string; text: string },
  today: string
): { ok: true; note: Omit<ProgressNote, 'id'> } | { ok: false; errors: ProgressNoteErrors } {
  const date = draft.date.trim()
  const text = draft.text.trim()
  const errors = compactErrors<'date' | 'text'>({
    date:
      dateProblem(date, 'datum för anteckningen', today) ??
      (date > today
        ? `Datumet ${date} ligger efter dagens datum ${today}. Skriv anteckningen när det har hänt.`
        : undefined),
    text: text === '' ? 'Skriv vad som har hänt i insatsen.' : lengthProblem(text, MAX_TEXT, 'anteckningen')
  })
  return hasErrors(errors) ? { ok: false, errors } : { ok: true, note: { date, text } }
}
