import type { MemberDraftErrors } from '@/domain/members/member-validation'
import type { DecisionErrors, EndingErrors } from '@/domain/members/membership-period'
import type { WelcomePackageErrors } from '@/domain/members/welcome-package'

/**
 * What a member-register write returns: the saved value, or Swedish messages
 * per form field for the user to fix. Field names of the member form and the
 * decision form do not overlap, so one flat map serves a form that has both.
 */
export type WriteResult<T, E> = { ok: true; value: T } | { ok: false; errors: E }

export type MemberWriteErrors = MemberDraftErrors & DecisionErrors
export type { DecisionErrors, EndingErrors, WelcomePackageErrors }

/** Thrown when the id a screen holds no longer matches a row, e.g. after a restore from backup. */
export class MemberNotFoundError extends Error {
  constructor(what: 'member' | 'period', id: string) {
    super(
      what === 'member'
        ? `Verksamheten finns inte i registret (id ${id}). Gå tillbaka till listan och försök igen.`
        : `Anslutningsperioden finns inte i registret (id ${id}). Gå tillbaka till verksamheten och försök igen.`
    )
    this.name = 'MemberNotFoundError'
  }
}

export function failed<E>(errors: E): { ok: false; errors: E } {
  return { ok: false, errors }
}
