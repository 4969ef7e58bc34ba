/**
 * What opening a member's page and the county view costs at the issue's
 * volume (1,000 members, 10,000 dialogues, 5,000 actions), on fake-indexeddb
 * in Node, which is slower than Chromium's IndexedDB. A lost index shows up
 * as the member's load approaching the county's, which reads every table.
 */
import 'fake-indexeddb/auto'
import { KugghjulDatabase } from '../../../src/renderer/src/data/database'
import { loadCountyFollowUp, loadMemberWork } from '../../../src/renderer/src/data/member-work-loaders'
import { actionsByGoal, countyActionCounts } from '../../../src/renderer/src/domain/action-plans/action-summary'
import { planCoverage } from '../../../src/renderer/src/domain/action-plans/plan-coverage'
import { groupBy } from '../../../src/renderer/src/domain/group-by'
import { issueVolume, seedMemberWork } from '../../builders/member-work-volume'
import { result, sampleMs, type Scenario } from '../measure'

const today = '2026-11-23'

export const memberWorkLoadScenario: Scenario = {
  name: 'member work load (fake-indexeddb)',
  async run({ smoke }) {
    const size = smoke ? { count: 20, dialogueCount: 100, actionCount: 50 } : issueVolume
    const db = new KugghjulDatabase(`bench-member-work-${Date.now()}`)
    try {
      const { work } = await seedMemberWork(db, size, today)
      const busiest = [...groupBy(work.actions, (a) => a.memberId)].sort((a, b) => b[1].length - a[1].length)[0]![0]
      const runs = smoke ? 1 : 10
      const member = await sampleMs(runs, async () => actionsByGoal((await loadMemberWork(db, busiest)).actions, today))
      const county = await sampleMs(runs, async () => {
        const loaded = await loadCountyFollowUp(db)
        countyActionCounts(loaded.actions)
        planCoverage(loaded.members, loaded.periods, loaded.plans, today)
      })
      const label = `${size.count} members, ${size.dialogueCount} dialogues, ${size.actionCount} actions`
      return [
        result(`member page: load + group by delmål (${label})`, 'ms', member, { target: '≤ 200 ms', targetMax: 200 }),
        result(`county view: load + tables (${label})`, 'ms', county)
      ]
    } finally {
      db.close()
      await db.delete()
    }
  }
}
