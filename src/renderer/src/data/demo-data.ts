import type { GeneratedRegister } from '@/domain/test-data/member-generator'
import { recordAudit } from './audit-log'
import { nowIso, type KugghjulDatabase } from './database'

export class RegisterNotEmptyError extends Error {
  constructor() {
    super('Exempeldata kan bara läggas in i ett tomt register. Ta en säkerhetskopia och börja om med ett tomt register, eller låt bli.')
    this.name = 'RegisterNotEmptyError'
  }
}

/**
 * Fills an empty register with generated, made-up data for demonstrations and
 * the benchmark, in one transaction. Refuses when any member exists, so real
 * data can never be mixed with invented data.
 */
export async function insertDemoRegister(db: KugghjulDatabase, register: GeneratedRegister): Promise<{ members: number; periods: number }> {
  return db.transaction('rw', db.members, db.membershipPeriods, db.auditLog, async () => {
    if ((await db.members.count()) > 0) throw new RegisterNotEmptyError()
    const now = nowIso()
    await db.members.bulkAdd(register.members.map((m) => ({ ...m, createdAt: now, updatedAt: now })))
    await db.membershipPeriods.bulkAdd(register.periods.map((p) => ({ ...p, createdAt: now, updatedAt: now })))
    await recordAudit(db, {
      entityType: 'memberImport',
      entityId: 'exempeldata',
      action: 'import',
      summary: `Exempeldata: ${register.members.length} påhittade verksamheter och ${register.periods.length} perioder.`
    })
    return { members: register.members.length, periods: register.periods.length }
  })
}
