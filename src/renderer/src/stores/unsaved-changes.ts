import { defineStore } from 'pinia'
import { computed, shallowRef, watch, type Ref } from 'vue'
import { useAppStore } from './app'

/**
 * Which forms on screen hold changes not yet saved. Every form registers its
 * own dirty flag (components/use-unsaved-changes.ts); the router asks before
 * leaving a screen with changes, and the platform asks before the window or
 * tab closes.
 */
export const useUnsavedChangesStore = defineStore('unsaved-changes', () => {
  const forms = shallowRef<ReadonlySet<Readonly<Ref<boolean>>>>(new Set())
  const unsaved = computed(() => [...forms.value].some((dirty) => dirty.value))
  /** The open question's answer, while the "Lämna sidan?" dialog is shown. */
  const pending = shallowRef<((leave: boolean) => void) | null>(null)

  const app = useAppStore()
  watch(unsaved, (value) => void app.platform?.reportUnsavedChanges(value))

  function register(dirty: Readonly<Ref<boolean>>): () => void {
    forms.value = new Set([...forms.value, dirty])
    return () => {
      const rest = new Set(forms.value)
      rest.delete(dirty)
      forms.value = rest
    }
  }

  /** Resolves true when the user chooses to leave (or nothing is unsaved), false to stay. */
  function confirmLeave(): Promise<boolean> {
    if (!unsaved.value) return Promise.resolve(true)
    pending.value?.(false)
    return new Promise((resolve) => (pending.value = resolve))
  }

  function answer(leave: boolean): void {
    const resolve = pending.value
    pending.value = null
    resolve?.(leave)
  }

  return { unsaved, pending, register, confirmLeave, answer }
})
