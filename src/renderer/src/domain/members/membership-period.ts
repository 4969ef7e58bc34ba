import { addDays, addYears, isIsoDate } from '../iso-date'
import { caseNumberProblem } from '../report-handling'
import { emptyWelcomePackage, validateWelcomePackage, type WelcomePackage } from './welcome-package'

/**
 * Period rules (anslutningsperiod):
 *
 * - A period runs three years. It starts on its start date and ends on its end
 *   date, both days included. The end date is the day before the same calendar
 *   date three years later: 2024-03-15 → 2027-03-14. A period that starts on
 *   29 February ends on 28 February (2024-02-29 → 2027-02-28), and one that
 *   starts on 1 March before a leap year ends on 29 February
 *   (2025-03-01 → 2028-02-29).
 * - Period 1 starts on its decision date.
 * - A renewal (period n+1) decided on or before the last day of period n
 *   starts the day after period n ends, so periods follow without gap or
 *   overlap. Decided after period n has ended, it starts on its decision date,
 *   and the gap between the periods stays visible.
 * - After an ending (Avslutad), a new decision means the organisation joins
 *   again: the next period starts on the decision date.
 */
export const PERIOD_YEARS = 3

/** The ending of a membership (Avslutad), stored on the period it ends. */
export interface MembershipEnding {
  /** The last day of the membership. */
  endedOn: string
  reason: string
}

export interface Decision {
  /** The date of the management decision (ledningsbeslut), YYYY-MM-DD. */
  decisionDate: string
  /** The decision's diarienummer or other reference; may be empty. */
  decisionReference: string
  /** Who decided, e.g. "Kommunstyrelsen"; may be empty. */
  decidedBy: string
  /**
   * The länsstyrelse's own diarienummer for the decision; '' for none, absent
   * on periods saved before it could be typed.
   */
  countyCaseNumber?: string
}

export interface MembershipPeriod extends Decision {
  id: string
  memberId: string
  /** 1, 2, 3 … per member, in order. */
  number: number
  startDate: string
  endDate: string
  welcomePackage: WelcomePackage
  ending: MembershipEnding | null
}

export function periodEndDate(startDate: string): string {
  return addDays(addYears(startDate, PERIOD_YEARS), -1)
}

/** Where a renewal decided on `decisionDate` starts; see the rules above. */
export function nextPeriodStartDate(previous: MembershipPeriod, decisionDate: string): string {
  if (previous.ending || decisionDate > previous.endDate) return decisionDate
  return addDays(previous.endDate, 1)
}

/** A new period from a decision: period 1, or the one after `previous`. */
export function createPeriod(args: {
  id: string
  memberId: string
  decision: Decision
  previous?: MembershipPeriod | undefined
}): MembershipPeriod {
  const { previous, decision } = args
  const startDate = previous ? nextPeriodStartDate(previous, decision.decisionDate) : decision.decisionDate
  return {
    id: args.id,
    memberId: args.memberId,
    number: previous ? previous.number + 1 : 1,
    ...decision,
    startDate,
    endDate: periodEndDate(startDate),
    welcomePackage: emptyWelcomePackage(),
    ending: null
  }
}

/** The period with the highest number, or undefined for none. */
export function latestPeriod<P extends MembershipPeriod>(periods: readonly P[]): P | undefined {
  let latest: P | undefined
  for (const p of periods) if (!latest || p.number > latest.number) latest = p
  return latest
}

export type DecisionErrors = Partial<Record<keyof Decision, string>>
export type DecisionResult = { ok: true; decision: Decision } | { ok: false; errors: DecisionErrors }

const MAX_TEXT = 120

/**
 * Checks a decision typed by the user. `previous` is the member's latest
 * period when the decision renews it (or re-joins after an ending).
 */
export function validateDecision(draft: Decision, today: string, previous?: MembershipPeriod): DecisionResult {
  const decision: Decision = {
    decisionDate: draft.decisionDate.trim(),
    decisionReference: draft.decisionReference.trim(),
    decidedBy: draft.decidedBy.trim(),
    countyCaseNumber: (draft.countyCaseNumber ?? '').trim()
  }
  const errors: DecisionErrors = {}
  const date = decision.decisionDate
  if (!isIsoDate(date)) errors.decisionDate = `Ange beslutsdatum som ÅÅÅÅ-MM-DD, t.ex. ${today}.`
  else if (date > today)
    errors.decisionDate = `Beslutsdatumet ${date} ligger efter dagens datum ${today}. Registrera beslutet när det är fattat.`
  else if (previous?.ending && date <= previous.ending.endedOn)
    errors.decisionDate = `Anslutningen avslutades ${previous.ending.endedOn}. Ett nytt beslut måste vara fattat efter det datumet.`
  else if (previous && date <= previous.decisionDate)
    errors.decisionDate = `Beslutet om förnyelse måste vara fattat efter beslutet för period ${previous.number} (${previous.decisionDate}).`
  if (decision.decisionReference.length > MAX_TEXT)
    errors.decisionReference = `Diarienumret får vara högst ${MAX_TEXT} tecken.`
  if (decision.decidedBy.length > MAX_TEXT) errors.decidedBy = `Beslutsfattaren får vara högst ${MAX_TEXT} tecken.`
  const caseNumber = caseNumberProblem(decision.countyCaseNumber ?? '')
  if (caseNumber) errors.countyCaseNumber = caseNumber
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, decision }
}

/** The last day a form proposes for an ending: today, or the period's end date once it has run out. */
export function proposedEndingDate(period: MembershipPeriod | undefined, today: string): string {
  return period && today > period.endDate ? period.endDate : today
}

export type EndingErrors = Partial<Record<keyof MembershipEnding, string>>
export type EndingResult = { ok: true; ending: MembershipEnding } | { ok: false; errors: EndingErrors }

/**
 * Checks an ending of the membership in `period` (the member's latest). The
 * ending's date is the last day of the membership, so it falls within the
 * period: from its start date through its end date. The day after the end
 * date is not allowed — by then the period has already run out, and a
 * membership that went on needed a renewal.
 */
export function validateEnding(period: MembershipPeriod, draft: MembershipEnding, today: string): EndingResult {
  const ending: MembershipEnding = { endedOn: draft.endedOn.trim(), reason: draft.reason.trim() }
  const errors: EndingErrors = {}
  if (period.ending) errors.endedOn = `Anslutningen är redan avslutad (${period.ending.endedOn}).`
  else if (!isIsoDate(ending.endedOn))
    errors.endedOn = `Ange sista dagen för anslutningen som ÅÅÅÅ-MM-DD, t.ex. ${today}.`
  else if (ending.endedOn < period.startDate)
    errors.endedOn = `Anslutningen kan inte avslutas före periodens start ${period.startDate}. Kontrollera datumet.`
  else if (ending.endedOn > period.endDate)
    errors.endedOn =
      `Perioden slutar ${period.endDate}. Ange ett datum senast den dagen, ` +
      'eller registrera en förnyelse om anslutningen fortsätter.'
  if (ending.reason === '')
    errors.reason = 'Ange varför anslutningen avslutas, t.ex. "Verksamheten valde att inte förnya".'
  else if (ending.reason.length > 500) errors.reason = 'Skälet får vara högst 500 tecken.'
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, ending }
}

/**
 * Why a period as stored breaks the rules above, or undefined when it keeps
 * them: its decision as the decision form checks it (after `previous`, the
 * member's period before it, when there is one), its start and end as
 * `createPeriod` works them out from that decision, its ending as the ending
 * form checks it, and its welcome package as the member page checks it. For
 * periods that did not come through the forms (a restored backup).
 */
export function storedPeriodProblem(
  period: MembershipPeriod,
  previous: MembershipPeriod | undefined,
  today: string
): string | undefined {
  const decision = validateDecision(period, today, previous)
  if (!decision.ok) return Object.values(decision.errors)[0]
  const startDate = previous ? nextPeriodStartDate(previous, period.decisionDate) : period.decisionDate
  // A later period whose predecessor is not there: only its length can be checked.
  const expectedStart = previous || period.number === 1 ? startDate : period.startDate
  if (period.startDate !== expectedStart || period.endDate !== periodEndDate(period.startDate))
    return (
      `Perioden ${period.startDate} – ${period.endDate} stämmer inte med beslutsdatumet ${period.decisionDate}: ` +
      `den ska vara ${expectedStart} – ${periodEndDate(expectedStart)}.`
    )
  if (period.ending) {
    // The ending is checked as if it were being registered now on the period without one.
    const ending = validateEnding({ ...period, ending: null }, period.ending, today)
    if (!ending.ok) return Object.values(ending.errors)[0]
  }
  return Object.values(validateWelcomePackage(period.welcomePackage, period.decisionDate, today))[0]
}
