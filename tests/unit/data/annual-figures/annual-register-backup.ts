import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { exportBackup } from '@/data/backup/backup-export'
import { saveCountyProfile } from '@/data/county-profile-repository'
import type { KugghjulDatabase } from '@/data/database'
import { emptyCountyProfile } from '@/domain/county-profile'
import { annualRegister, focusAreas } from '../../domain/annual-figures/annual-register'

/** Writes the hand-built register of the annual-figures tests into a database, with Kalmar's county profile. */
export async function writeAnnualRegister(db: KugghjulDatabase): Promise<void> {
  await saveCountyProfile(db, {
    ...emptyCountyProfile(),
    countyCode: '08',
    strategyName: 'Ett jämställt Kalmar län',
    strategyStartYear: 2023,
    strategyEndYear: 2027,
    focusAreas
  })
  const r = annualRegister()
  await db.transaction('rw', db.tables, async () => {
    await db.members.bulkAdd(r.members)
    await db.membershipPeriods.bulkAdd(r.periods)
    await db.dialogues.bulkAdd(r.dialogues)
    await db.actionPlans.bulkAdd(r.plans)
    await db.actions.bulkAdd(r.actions)
    await db.events.bulkAdd(r.events)
    await db.attendance.bulkAdd(r.attendance)
    await db.nonMemberAttendance.bulkAdd(r.nonMemberAttendance)
    await db.certificates.bulkAdd(r.certificates)
    await db.evaluations.bulkAdd(r.evaluations)
  })
}

/** The register as a backup file's bytes, the way Inställningar → Säkerhetskopior saves it. */
export async function annualRegisterBackup(db: KugghjulDatabase): Promise<Uint8Array> {
  await writeAnnualRegister(db)
  return (await exportBackup(db, { appVersion: '0.1.0' })).bytes
}
