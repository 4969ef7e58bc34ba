import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { useDatabase } from '@/data/database-instance'
import { loadAllDialogues } from '@/data/dialogue-repository'
import { loadCountyFollowUp, type CountyFollowUp } from '@/data/member-work-loaders'
import { countyActionCounts } from '@/domain/action-plans/action-summary'
import { planCoverage } from '@/domain/action-plans/plan-coverage'
import type { Dialogue } from '@/domain/dialogues/dialogue'
import { followUpsNeedingAttention, type OpenFollowUp } from '@/domain/dialogues/follow-up'
import { useAppStore } from './app'
import { useMembersStore } from './members'

/** The county view of the work with members: follow-ups, actions per delmål, plan coverage. */
export const useFollowUpStore = defineStore('followUp', () => {
  const app = useAppStore()
  const county = shallowRef<CountyFollowUp | null>(null)
  const dialogues = shallowRef<Dialogue[]>([])

  async function load(): Promise<void> {
    const db = useDatabase()
    ;[county.value, dialogues.value] = await Promise.all([loadCountyFollowUp(db), loadAllDialogues(db)])
  }

  /** Dialogues only: what Översikt needs. */
  async function loadDialogues(): Promise<void> {
    dialogues.value = await loadAllDialogues(useDatabase())
  }

  const members = useMembersStore()
  /**
   * Overdue and due follow-ups for Översikt and Dialoger, of running memberships only: an
   * archived or ended member's dialogues stay in the database but ask for nothing.
   */
  const followUps = computed(() => {
    const inRegister = new Set(members.activeRows.filter((r) => r.status !== 'ended').map((r) => r.member.id))
    const { overdue, due } = followUpsNeedingAttention(dialogues.value, app.today)
    const keep = (list: OpenFollowUp[]) => list.filter((f) => inRegister.has(f.memberId))
    return { overdue: keep(overdue), due: keep(due) }
  })
  const actionCounts = computed(() => (county.value ? countyActionCounts(county.value.actions) : null))
  const coverage = computed(() =>
    county.value
      ? planCoverage(
          county.value.members.filter((m) => m.archivedAt === null),
          county.value.periods,
          county.value.plans,
          app.today
        )
      : null
  )

  return { county, dialogues, load, loadDialogues, followUps, actionCounts, coverage }
})
