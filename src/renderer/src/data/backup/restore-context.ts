import { emptyCountyProfile, withProfileDefaults, type CountyProfile } from '@/domain/county-profile'
import type { CalendarEvent } from '@/domain/calendar/calendar-event'
import type { MembershipPeriod } from '@/domain/members/membership-period'
import type { BackupRows } from './backup-format'

/**
 * A form's rule run on one restored record (record-rules.ts): a short Swedish
 * description of what is wrong, or null. `context` is the rest of the backup.
 */
export type RecordRule = (row: Record<string, unknown>, context: RestoreContext) => string | null

/** What the rules of one record need from the rest of the backup. */
export interface RestoreContext {
  /** The backup's county profile (its focus areas), or an empty one. */
  profile: CountyProfile
  /** Each member's periods, by member id. */
  periodsOfMember: ReadonlyMap<string, readonly MembershipPeriod[]>
  periods: ReadonlyMap<string, MembershipPeriod>
  events: ReadonlyMap<string, CalendarEvent>
}

/**
 * The day the rules are run as of. A backup is restored later than its records
 * were typed, perhaps on a computer whose clock is wrong: a rule about today
 * (a held dialogue not after today) held when the record was saved and is not
 * asked again.
 */
export const ANY_DAY = '9999-12-31'

export function restoreContext(tables: BackupRows): RestoreContext {
  const setting = (tables.settings ?? []).find((row) => (row as { key?: unknown }).key === 'countyProfile') as
    { value: CountyProfile } | undefined
  const periods = (tables.membershipPeriods ?? []) as MembershipPeriod[]
  const periodsOfMember = new Map<string, MembershipPeriod[]>()
  for (const period of periods) {
    const list = periodsOfMember.get(period.memberId) ?? []
    list.push(period)
    periodsOfMember.set(period.memberId, list)
  }
  return {
    profile: setting ? withProfileDefaults(setting.value) : emptyCountyProfile(),
    periodsOfMember,
    periods: new Map(periods.map((p) => [p.id, p])),
    events: new Map(((tables.events ?? []) as CalendarEvent[]).map((e) => [e.id, e]))
  }
}

/** The first message of a form's errors, also one nested per row (contact persons, participants). */
export function firstProblem(errors: object): string | null {
  for (const value of Object.values(errors) as unknown[]) {
    if (typeof value === 'string') return value
    if (value && typeof value === 'object') {
      const nested = firstProblem(value)
      if (nested) return nested
    }
  }
  return null
}
