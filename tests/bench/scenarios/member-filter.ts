import { buildMemberRows, filterMemberRows, sortMemberRows } from '../../../src/renderer/src/domain/members/member-list'
import { generateMembers } from '../../../src/renderer/src/domain/test-data/member-generator'
import { result, sampleMs, summarise, type Scenario } from '../measure'

/** What typing in the member list's search box costs, without the UI: filter + sort over the derived rows. */
export const memberFilterScenario: Scenario = {
  name: 'member list filter (domain)',
  async run({ smoke }) {
    const count = smoke ? 50 : 1000
    const today = '2026-11-23'
    const { members, periods } = generateMembers({ seed: 1, count, countyCode: '08', today, yearsOfHistory: 20 })
    const rows = buildMemberRows(members, periods, { today })
    const queries = ['k', 'ka', 'kal', 'kalm', 'kalmar', 'nybro', '556', 'förening', 'ö', '']
    const runs = smoke ? 1 : 30
    const build = await sampleMs(runs, () => buildMemberRows(members, periods, { today }))
    const filter = await sampleMs(runs, () => {
      for (const query of queries) sortMemberRows(filterMemberRows(rows, { query }), { key: 'name', direction: 'asc' })
    })
    // Baseline: the least any search can do — a substring test per row, no sort.
    const floor = await sampleMs(runs, () => {
      for (const query of queries) rows.filter((r) => r.searchText.includes(query))
    })
    const perQuery = (samples: number[]) => samples.map((s) => s / queries.length)
    return [
      result(`build list rows (${count} members, ${periods.length} periods)`, 'ms', build),
      result(`filter + sort per keystroke (${count} members)`, 'ms', perQuery(filter), {
        baseline: { name: 'substring test per row', median: summarise(perQuery(floor)).median },
        target: '≤ 100 ms',
        targetMax: 100
      })
    ]
  }
}
