import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { memberHistoryEntries } from '@/data/audit-log'
import { loadPreferences, savePreferences } from '@/data/preferences-repository'
import { useDatabase } from '@/data/database-instance'
import { archiveMember, createMember, loadMemberRegister, restoreMember, updateMember } from '@/data/member-repository'
import { importMembers, loadExistingOrgNumbers } from '@/data/member-import'
import {
  correctDecision as correctPeriodDecision,
  endMembership,
  renewMembership,
  updateWelcomePackage
} from '@/data/membership-repository'
import type { MemberRecord, MembershipPeriodRecord } from '@/data/records'
import type { MemberDraft } from '@/domain/members/member'
import { reviewMemberImport, type MemberImportRow } from '@/domain/members/member-import-review'
import { buildMemberRows, type MemberListFilter, type MemberRow, type MemberSort } from '@/domain/members/member-list'
import type { Decision, MembershipEnding } from '@/domain/members/membership-period'
import { DEFAULT_EVALUATION_WARNING_DAYS } from '@/domain/members/membership-status'
import type { WelcomePackage } from '@/domain/members/welcome-package'
import { useAppStore } from './app'
import { useNetworksStore } from './networks'
import { useUndoStore } from './undo'

/**
 * The member register in memory: loaded once, kept in step after each write,
 * and turned into list rows (status, labels, search text) once per change, so
 * filtering and sorting never wait for the database.
 */
export const useMembersStore = defineStore('members', () => {
  const app = useAppStore()
  const members = shallowRef<MemberRecord[]>([])
  const periods = shallowRef<MembershipPeriodRecord[]>([])
  const loaded = ref(false)
  const warningDays = ref(DEFAULT_EVALUATION_WARNING_DAYS)
  /** The list's search, filters and sort, kept while the user visits a member and comes back. */
  const listFilter = ref<
    Required<
      Pick<MemberListFilter, 'query' | 'statuses' | 'types' | 'municipalityCodes' | 'networkIds' | 'welcomeStates'>
    >
  >({
    query: '',
    statuses: [],
    types: [],
    municipalityCodes: [],
    networkIds: [],
    welcomeStates: []
  })
  const networks = useNetworksStore()
  /** Network ids per member, for the list's network filter. */
  const networkIdsByMember = computed(() => {
    const map = new Map<string, string[]>()
    for (const n of networks.networks) for (const id of n.memberIds) map.set(id, [...(map.get(id) ?? []), n.id])
    return map
  })
  const listSort = ref<MemberSort>({ key: 'name', direction: 'asc' })

  const rows = computed<MemberRow[]>(() =>
    buildMemberRows(members.value, periods.value, {
      today: app.today,
      warningDays: warningDays.value,
      networkIdsByMember: networkIdsByMember.value
    })
  )
  const rowsById = computed(() => new Map(rows.value.map((r) => [r.member.id, r])))
  const activeRows = computed(() => rows.value.filter((r) => r.member.archivedAt === null))
  const archivedCount = computed(() => rows.value.length - activeRows.value.length)

  /**
   * Reads the register. The first time it also reads the reminder setting and the
   * networks; after that those keep themselves current (setWarningDays, the networks
   * store's own writes), so a reload after each write reads only the register.
   */
  async function load(): Promise<void> {
    const db = useDatabase()
    if (!loaded.value) {
      warningDays.value = (await loadPreferences(db)).evaluationWarningDays
      await networks.ensureLoaded()
    }
    const register = await loadMemberRegister(db)
    members.value = register.members
    periods.value = register.periods
    loaded.value = true
  }

  async function ensureLoaded(): Promise<void> {
    if (!loaded.value) await load()
  }

  /** Runs a write, then reloads the register so every derived row is right. */
  async function write<T>(action: () => Promise<T>): Promise<T> {
    const result = await action()
    await load()
    return result
  }

  const create = (draft: MemberDraft, decision: Decision) =>
    write(() => createMember(useDatabase(), draft, decision, app.today))
  const update = (id: string, draft: MemberDraft) => write(() => updateMember(useDatabase(), id, draft))
  const renew = (id: string, decision: Decision) => write(() => renewMembership(useDatabase(), id, decision, app.today))
  const end = (id: string, ending: MembershipEnding) => write(() => endMembership(useDatabase(), id, ending, app.today))
  const setWelcomePackage = (periodId: string, changes: Partial<WelcomePackage>) =>
    write(() => updateWelcomePackage(useDatabase(), periodId, changes, app.today))

  /** Corrects a mistyped decision on the latest period, offering Ångra (the decision as it was). */
  async function correctDecision(periodId: string, decision: Decision) {
    const before = periods.value.find((p) => p.id === periodId)
    const result = await write(() => correctPeriodDecision(useDatabase(), periodId, decision, app.today))
    if (result.ok && before) {
      const { decisionDate, decisionReference, decidedBy } = before
      useUndoStore().offer({
        message: `Beslutet för period ${result.value.number} rättades.`,
        undo: async () => {
          const back = await write(() =>
            correctPeriodDecision(useDatabase(), periodId, { decisionDate, decisionReference, decidedBy }, app.today)
          )
          if (!back.ok) throw new Error(Object.values(back.errors).join(' '))
        }
      })
    }
    return result
  }

  async function archive(id: string): Promise<void> {
    const member = await write(() => archiveMember(useDatabase(), id))
    useUndoStore().offer({
      message: `${member.name} togs bort ur registret.`,
      undo: async () => void (await restore(id))
    })
  }

  const restore = (id: string) => write(() => restoreMember(useDatabase(), id))
  const history = (id: string) => memberHistoryEntries(useDatabase(), id)

  async function setWarningDays(days: number): Promise<void> {
    await savePreferences(useDatabase(), { evaluationWarningDays: days })
    warningDays.value = days
  }

  /** Checks spreadsheet rows against the rules and the register as it is now; writes nothing. */
  async function reviewImport(rows: readonly MemberImportRow[]) {
    return reviewMemberImport(rows, await loadExistingOrgNumbers(useDatabase()), app.today)
  }
  /** Imports the accepted rows in one transaction: all or none. */
  const commitImport = (rows: readonly MemberImportRow[], fileName: string) =>
    write(() => importMembers(useDatabase(), rows, { fileName, today: app.today }))

  return {
    members,
    periods,
    loaded,
    warningDays,
    listFilter,
    listSort,
    rows,
    rowsById,
    activeRows,
    archivedCount,
    load,
    ensureLoaded,
    create,
    update,
    renew,
    correctDecision,
    end,
    setWelcomePackage,
    archive,
    restore,
    history,
    reviewImport,
    commitImport,
    setWarningDays
  }
})
