import type { Member } from '../members/member'
import type { MembershipPeriod } from '../members/membership-period'
import { membershipStatusLabels, periodStatus, type MembershipStatus } from '../members/membership-status'
import type { Certificate } from './certificate'
import type { VerificationQuery } from './verification-query'

/** The answer of Kontrollera intyg. Messages are Swedish, for the screen. */
export type CertificateVerification =
  | { outcome: 'notFound'; message: string }
  | {
      outcome: 'found'
      /** The stored content still gives the stored code, and what was typed belongs to this certificate. */
      genuine: boolean
      certificate: Certificate
      /** The period's status today (undefined if the period is no longer in the register). */
      periodStatus: MembershipStatus | undefined
      /** The period covers today, is not ended and the member is not archived. */
      periodActive: boolean
      /** Swedish names of what the register says differently now than the certificate. */
      changedSinceIssue: string[]
      message: string
      details: string[]
    }

export function certificateNotFound(query: VerificationQuery): CertificateVerification {
  const what = [...query.numbers.map((n) => `numret ${n}`), ...query.codes.map((c) => `kontrollkoden ${c}`)].join(
    ' eller '
  )
  return {
    outcome: 'notFound',
    message: `Inget intyg med ${what} finns i registret. Kontrollera att du skrivit av det rätt från intyget. Finns det ändå inte har intyget inte utfärdats från det här registret och kan inte bekräftas.`
  }
}

function changes(
  certificate: Certificate,
  member: Pick<Member, 'name' | 'orgNumber'> | undefined,
  period: MembershipPeriod | undefined
): string[] {
  const c = certificate.content
  const changed: string[] = []
  if (member && member.name.normalize('NFC').replace(/\s+/g, ' ').trim() !== c.memberName) changed.push('namn')
  if (member && member.orgNumber !== c.orgNumber) changed.push('organisationsnummer')
  if (period && (period.startDate !== c.periodStartDate || period.endDate !== c.periodEndDate))
    changed.push('periodens datum')
  if (period && period.decisionDate !== c.decisionDate) changed.push('beslutsdatum')
  return changed
}

function activity(
  period: MembershipPeriod | undefined,
  status: MembershipStatus | undefined,
  archived: boolean,
  today: string
): { active: boolean; text: string } {
  if (!period || !status) return { active: false, text: 'Perioden finns inte längre i registret.' }
  if (archived) return { active: false, text: 'Verksamheten är borttagen ur registret.' }
  if (status === 'ended')
    return {
      active: false,
      text: `Perioden är inte längre aktiv: anslutningen avslutades ${period.ending?.endedOn ?? ''}.`
    }
  if (today < period.startDate)
    return { active: false, text: `Perioden har inte börjat än; den börjar ${period.startDate}.` }
  if (today > period.endDate)
    return {
      active: false,
      text: `Perioden är inte längre aktiv: den slutade ${period.endDate} (${membershipStatusLabels[status]}).`
    }
  return { active: true, text: `Perioden pågår till och med ${period.endDate}.` }
}

/**
 * Judges a certificate found for `query`. `recomputedCode` is the code
 * derived again from the stored content; `member` and `periods` are the
 * register as it is now (for the status "today").
 */
export function judgeCertificate(args: {
  certificate: Certificate
  recomputedCode: string
  query: VerificationQuery
  member: Pick<Member, 'name' | 'orgNumber' | 'archivedAt'> | undefined
  periods: readonly MembershipPeriod[]
  today: string
}): CertificateVerification {
  const { certificate, query, today } = args
  const c = certificate.content
  const period = args.periods.find((p) => p.id === certificate.periodId)
  const renewed = period ? args.periods.some((p) => p.number > period.number) : false
  const status = period ? periodStatus(period, renewed, { today }) : undefined
  const intact = args.recomputedCode === certificate.code
  const matchesNumber = query.numbers.includes(certificate.number)
  const matchesCode = query.codes.includes(certificate.code)
  const typedFits = query.combined ? matchesNumber && matchesCode : matchesNumber || matchesCode
  const genuine = intact && typedFits
  const { active, text } = activity(period, status, (args.member?.archivedAt ?? null) !== null, today)
  const changedSinceIssue = changes(certificate, args.member, period)

  const covers = `${c.memberName} (${c.orgNumber}), period ${certificate.periodNumber}: ${c.periodStartDate} – ${c.periodEndDate}, beslut ${c.decisionDate}`
  let message: string
  if (!intact)
    message = `Intyget ${certificate.number} finns i registret, men uppgifterna där ger inte kontrollkoden ${certificate.code}. De kan ha ändrats efter utfärdandet. Lita inte på intyget förrän du jämfört det med ledningsbeslutet.`
  else if (!typedFits)
    message = `Numret och kontrollkoden hör inte ihop: intyget ${certificate.number} har kontrollkoden ${certificate.code}. Kontrollera att du skrivit av båda rätt; stämmer de ändå inte är intyget inte äkta.`
  else message = `Intyget ${certificate.number} är äkta. Det gäller ${covers}.`

  const details = [text]
  if (genuine && !matchesCode)
    details.push(`Kontrollkoden på intyget ska vara ${certificate.code}; jämför med det tryckta intyget.`)
  if (genuine && !matchesNumber) details.push(`Intygsnumret på intyget ska vara ${certificate.number}.`)
  if (changedSinceIssue.length > 0)
    details.push(
      `Registret har ändrats sedan intyget utfärdades ${certificate.issuedOn} (${changedSinceIssue.join(', ')}). Intyget visar uppgifterna som de var då.`
    )
  return {
    outcome: 'found',
    genuine,
    certificate,
    periodStatus: status,
    periodActive: active,
    changedSinceIssue,
    message,
    details
  }
}
