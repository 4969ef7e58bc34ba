import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { loadAllDialogues } from '@/data/dialogue-repository'
import { loadCountyFollowUp, loadMemberWork } from '@/data/member-work-loaders'
import { countyActionCounts } from '@/domain/action-plans/action-summary'
import { groupBy } from '@/domain/group-by'
import { openFollowUps } from '@/domain/dialogues/follow-up'
import { issueVolume, seedMemberWork } from '../../builders/member-work-volume'
import { freshDatabase, today } from './fresh-database'

/**
 * The loaders at the issue's volume (1,000 members, 10,000 dialogues, 5,000
 * actions): a member's page gets that member's work and nothing else, the
 * county view gets all of it. How long they take is the benchmark's
 * business (`npm run bench`, member work load).
 */
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort()

describe('loading 1,000 members, 10,000 dialogues and 5,000 actions', () => {
  it(
    'gives a member’s page exactly its own work, newest dialogue first, and the county view everything',
    { timeout: 120_000 },
    async () => {
      const db = freshDatabase()
      const { work } = await seedMemberWork(db, issueVolume, today)
      const busiest = [...groupBy(work.actions, (a) => a.memberId)].sort((a, b) => b[1].length - a[1].length)[0]![0]

      const member = await loadMemberWork(db, busiest)
      expect(member.actions.length).toBeGreaterThan(5)
      expect(ids(member.actions)).toEqual(ids(work.actions.filter((a) => a.memberId === busiest)))
      expect(ids(member.dialogues)).toEqual(ids(work.dialogues.filter((d) => d.memberId === busiest)))
      expect(ids(member.plans)).toEqual(ids(work.plans.filter((p) => p.memberId === busiest)))
      const dates = member.dialogues.map((d) => d.date)
      expect(dates).toEqual([...dates].sort().reverse())

      const county = await loadCountyFollowUp(db)
      expect(county.actions).toHaveLength(5000)
      expect(county.members).toHaveLength(1000)
      expect(countyActionCounts(county.actions).distinct.total).toBe(5000)
      expect(openFollowUps(await loadAllDialogues(db), today).length).toBeGreaterThan(0)
    }
  )
})
