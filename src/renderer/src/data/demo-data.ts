import type { GeneratedRegister } from '@/domain/test-data/member-generator'
import type { GeneratedWork } from '@/domain/test-data/work-generator'
import { recordAudit } from './audit-log'
import { nowIso, type KugghjulDatabase } from './database'

export class RegisterNotEmptyError extends Error {
  constructor() {
    super(
      'Exempeldata kan bara läggas in i ett tomt register. Ta en säkerhetskopia och börja om med ett tomt register, eller låt bli.'
    )
    this.name = 'RegisterNotEmptyError'
  }
}

export interface DemoCounts {
  members: number
  periods: number
  dialogues: number
  actions: number
  events: number
}

/**
 * Fills an empty register with generated, made-up data for demonstrations and
 * the benchmark, in one transaction. Refuses when any member exists, so real
 * data can never be mixed with invented data.
 */
export async function insertDemoRegister(
  db: KugghjulDatabase,
  register: GeneratedRegister,
  work?: GeneratedWork
): Promise<DemoCounts> {
  const tables = [
    db.members,
    db.membershipPeriods,
    db.dialogues,
    db.actionPlans,
    db.actions,
    db.networks,
    db.events,
    db.attendance,
    db.auditLog
  ]
  return db.transaction('rw', tables, async () => {
    if ((await db.members.count()) > 0) throw new RegisterNotEmptyError()
    const now = nowIso()
    const stamped = <T extends object>(rows: readonly T[]) =>
      rows.map((r) => ({ ...r, createdAt: now, updatedAt: now }))
    await db.members.bulkAdd(stamped(register.members))
    await db.membershipPeriods.bulkAdd(stamped(register.periods))
    if (work) {
      await db.dialogues.bulkAdd(stamped(work.dialogues))
      await db.actionPlans.bulkAdd(stamped(work.plans))
      await db.actions.bulkAdd(stamped(work.actions))
      await db.networks.bulkAdd(stamped(work.networks))
      await db.events.bulkAdd(stamped(work.events))
      await db.attendance.bulkAdd(stamped(work.attendance))
    }
    const counts = {
      members: register.members.length,
      periods: register.periods.length,
      dialogues: work?.dialogues.length ?? 0,
      actions: work?.actions.length ?? 0,
      events: work?.events.length ?? 0
    }
    await recordAudit(db, {
      entityType: 'memberImport',
      entityId: 'exempeldata',
      action: 'import',
      summary: `Exempeldata: ${counts.members} påhittade verksamheter, ${counts.periods} perioder, ${counts.dialogues} dialoger, ${counts.actions} insatser och ${counts.events} aktiviteter.`
    })
    return counts
  })
}
