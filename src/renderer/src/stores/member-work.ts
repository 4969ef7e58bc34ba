import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import {
  createActionPlan,
  establishActionPlan,
  reopenActionPlan,
  updateActionPlan
} from '@/data/action-plan-repository'
import {
  addProgressNote,
  createAction,
  deleteAction,
  removeProgressNote,
  restoreAction,
  restoreProgressNote,
  setActionStatus,
  updateAction
} from '@/data/action-repository'
import { useDatabase } from '@/data/database-instance'
import { createDialogue, deleteDialogue, restoreDialogue, updateDialogue } from '@/data/dialogue-repository'
import { loadMemberWork, type MemberWork } from '@/data/member-work-loaders'
import type { ActionDraft, ActionStatus } from '@/domain/action-plans/action'
import type { ActionPlanDraft } from '@/domain/action-plans/action-plan'
import type { DialogueDraft } from '@/domain/dialogues/dialogue'
import { dialogueKindLabels } from '@/domain/dialogues/dialogue'
import { useAppStore } from './app'
import { useUndoStore } from './undo'

const empty: MemberWork = { dialogues: [], plans: [], actions: [], attendance: [] }

/** One member's dialogues, action plans and actions, for the member's work page. */
export const useMemberWorkStore = defineStore('memberWork', () => {
  const app = useAppStore()
  const memberId = ref<string | null>(null)
  const work = shallowRef<MemberWork>(empty)

  async function load(id: string): Promise<void> {
    if (memberId.value !== id) work.value = empty
    memberId.value = id
    work.value = await loadMemberWork(useDatabase(), id)
  }

  /** Runs a write for the current member, then reloads its work. */
  async function write<T>(action: () => Promise<T>): Promise<T> {
    const result = await action()
    if (memberId.value) await load(memberId.value)
    return result
  }

  const db = () => useDatabase()
  const saveDialogue = (draft: DialogueDraft, dialogueId?: string) =>
    write(() =>
      dialogueId
        ? updateDialogue(db(), dialogueId, draft, app.today)
        : createDialogue(db(), memberId.value!, draft, app.today)
    )

  async function removeDialogue(dialogueId: string): Promise<void> {
    const deleted = await write(() => deleteDialogue(db(), dialogueId))
    const { dialogue } = deleted
    useUndoStore().offer({
      message: `${dialogueKindLabels[dialogue.kind]} ${dialogue.date} togs bort.`,
      undo: async () => void (await write(() => restoreDialogue(db(), deleted)))
    })
  }

  const createPlan = (periodId: string, draft: ActionPlanDraft) => write(() => createActionPlan(db(), periodId, draft))
  const updatePlan = (planId: string, draft: ActionPlanDraft) => write(() => updateActionPlan(db(), planId, draft))
  const establishPlan = (planId: string, on: string) => write(() => establishActionPlan(db(), planId, on, app.today))
  const reopenPlan = (planId: string) => write(() => reopenActionPlan(db(), planId))

  const saveAction = (planId: string, draft: ActionDraft, actionId?: string) =>
    write(() =>
      actionId ? updateAction(db(), actionId, draft, app.today) : createAction(db(), planId, draft, app.today)
    )
  const setStatus = (actionId: string, status: ActionStatus) =>
    write(() => setActionStatus(db(), actionId, status, app.today))
  const addNote = (actionId: string, note: { date: string; text: string }) =>
    write(() => addProgressNote(db(), actionId, note, app.today))

  /** Removes a progress note (a slip of the keyboard) and offers Ångra. */
  async function removeNote(actionId: string, noteId: string): Promise<void> {
    const note = work.value.actions.find((a) => a.id === actionId)?.progressNotes.find((n) => n.id === noteId)
    await write(() => removeProgressNote(db(), actionId, noteId))
    if (!note) return
    useUndoStore().offer({
      message: `Anteckningen ${note.date} togs bort.`,
      undo: async () => void (await write(() => restoreProgressNote(db(), actionId, note)))
    })
  }

  /** Deletes an action and offers Ångra; returns a Swedish reason when the rules refuse it. */
  async function removeAction(actionId: string): Promise<string | null> {
    const result = await write(() => deleteAction(db(), actionId))
    if (!result.ok) return result.errors.action ?? 'Insatsen kunde inte tas bort.'
    const deleted = result.value
    useUndoStore().offer({
      message: `Insatsen ”${deleted.action.title}” togs bort.`,
      undo: async () => void (await write(() => restoreAction(db(), deleted)))
    })
    return null
  }

  return {
    memberId,
    work,
    load,
    saveDialogue,
    removeDialogue,
    createPlan,
    updatePlan,
    establishPlan,
    reopenPlan,
    saveAction,
    setStatus,
    addNote,
    removeNote,
    removeAction
  }
})
