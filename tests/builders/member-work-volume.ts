import type { KugghjulDatabase } from '../../src/renderer/src/data/database'
import { generateMembers } from '../../src/renderer/src/domain/test-data/member-generator'
import { generateMemberWork } from '../../src/renderer/src/domain/test-data/work-generator'

export interface WorkVolume {
  count: number
  dialogueCount: number
  actionCount: number
}

/** The issue's volume: 1,000 members, 10,000 dialogues, 5,000 actions. */
export const issueVolume: WorkVolume = { count: 1000, dialogueCount: 10_000, actionCount: 5_000 }

/** A made-up register with its dialogues, plans and actions, written in one transaction; returns what was written. */
export async function seedMemberWork(db: KugghjulDatabase, volume: WorkVolume, today: string) {
  const register = generateMembers({ seed: 2026, count: volume.count, countyCode: '08', today })
  const work = generateMemberWork({ seed: 2026, ...register, today, focusAreaIds: ['f1', 'f2'], ...volume })
  const at = `${today}T08:00:00.000Z`
  const stamp = <T extends object>(rows: readonly T[]) => rows.map((r) => ({ ...r, createdAt: at, updatedAt: at }))
  await db.transaction('rw', [db.members, db.membershipPeriods, db.dialogues, db.actionPlans, db.actions], async () => {
    await db.members.bulkAdd(stamp(register.members))
    await db.membershipPeriods.bulkAdd(stamp(register.periods))
    await db.dialogues.bulkAdd(stamp(work.dialogues))
    await db.actionPlans.bulkAdd(stamp(work.plans))
    await db.actions.bulkAdd(stamp(work.actions))
  })
  return { register, work }
}
