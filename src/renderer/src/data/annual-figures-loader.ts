import type { AnnualFiguresInput } from '@/domain/annual-figures/annual-figures'
import { withProfileDefaults, type CountyProfile } from '@/domain/county-profile'
import type { BackupRows } from './backup/backup-format'
import type { KugghjulDatabase } from './database'
import type {
  ActionPlanRecord,
  ActionRecord,
  AttendanceRecord,
  CertificateRecord,
  DialogueRecord,
  EvaluationRecord,
  EventRecord,
  MemberRecord,
  MembershipPeriodRecord,
  NonMemberAttendanceRecord,
  SettingRecord
} from './records'
import { NO_COUNTY_PROFILE } from './report-loaders'

/**
 * What the årsuppföljning needs, from the database (the screen) or from the
 * validated rows of a backup file (the `annual-figures` command): the same
 * tables either way, so both give the same figures.
 */
const tableNames = [
  'members',
  'membershipPeriods',
  'dialogues',
  'actionPlans',
  'actions',
  'events',
  'attendance',
  'nonMemberAttendance',
  'certificates',
  'evaluations'
] as const

interface AnnualTables {
  members: MemberRecord[]
  membershipPeriods: MembershipPeriodRecord[]
  dialogues: DialogueRecord[]
  actionPlans: ActionPlanRecord[]
  actions: ActionRecord[]
  events: EventRecord[]
  attendance: AttendanceRecord[]
  nonMemberAttendance: NonMemberAttendanceRecord[]
  certificates: CertificateRecord[]
  evaluations: EvaluationRecord[]
}

function toInput(
  year: number,
  profile: CountyProfile | null,
  t: AnnualTables
): AnnualFiguresInput & { profile: CountyProfile } {
  if (!profile) throw new Error(NO_COUNTY_PROFILE)
  return {
    year,
    profile,
    countyCode: profile.countyCode,
    focusAreas: profile.focusAreas,
    members: t.members,
    periods: t.membershipPeriods,
    dialogues: t.dialogues,
    plans: t.actionPlans,
    actions: t.actions,
    events: t.events,
    attendance: t.attendance,
    nonMemberAttendance: t.nonMemberAttendance,
    certificates: t.certificates,
    evaluations: t.evaluations
  }
}

/** The whole register is read: a county has at most a few thousand rows in these tables. */
export async function loadAnnualFiguresInput(
  db: KugghjulDatabase,
  year: number
): Promise<AnnualFiguresInput & { profile: CountyProfile }> {
  const tables = tableNames.map((name) => db.table(name))
  return db.transaction('r', [...tables, db.settings], async () => {
    const rows = await Promise.all(tables.map((t) => t.toArray()))
    const profile = (await db.settings.get('countyProfile')) as SettingRecord<CountyProfile> | undefined
    return toInput(
      year,
      profile ? withProfileDefaults(profile.value) : null,
      Object.fromEntries(tableNames.map((n, i) => [n, rows[i]])) as unknown as AnnualTables
    )
  })
}

/** The same input from a validated backup's rows (brought up to the current schema). */
export function annualFiguresInputFromBackup(
  rows: BackupRows,
  year: number
): AnnualFiguresInput & { profile: CountyProfile } {
  const setting = (rows.settings ?? []).find((r) => (r as SettingRecord).key === 'countyProfile') as
    SettingRecord<CountyProfile> | undefined
  const tables = Object.fromEntries(tableNames.map((n) => [n, rows[n] ?? []])) as unknown as AnnualTables
  return toInput(year, setting ? withProfileDefaults(setting.value) : null, tables)
}
