import { errorMessage } from '@/domain/error-message'
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

export interface UndoableAction {
  /** What happened, in Swedish, e.g. "Kalmar kommun togs bort ur registret." */
  message: string
  undo(): Promise<void>
}

const VISIBLE_MS = 10_000

/**
 * The last destructive action that can be taken back. The shell shows it with
 * an "Ångra" button; Ctrl+Z outside text fields does the same.
 */
export const useUndoStore = defineStore('undo', () => {
  const current = shallowRef<UndoableAction | null>(null)
  const error = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined

  function offer(action: UndoableAction): void {
    clearTimeout(timer)
    error.value = ''
    current.value = action
    timer = setTimeout(dismiss, VISIBLE_MS)
  }

  function dismiss(): void {
    clearTimeout(timer)
    current.value = null
  }

  async function undo(): Promise<void> {
    const action = current.value
    if (!action) return
    dismiss()
    try {
      await action.undo()
    } catch (e) {
      error.value = `Det gick inte att ångra: ${errorMessage(e)}`
    }
  }

  return { current, error, offer, dismiss, undo }
})
