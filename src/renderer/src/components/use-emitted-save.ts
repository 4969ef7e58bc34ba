import { ref, type Ref } from 'vue'
import { useUnsavedChanges } from './use-unsaved-changes'

/**
 * A form that edits a copy of its initial draft and hands it to its parent
 * to save; the parent calls `done` with the field errors (or null), which the
 * form then shows beside the fields. Changes not yet saved ask before the
 * screen is left.
 */
export function useEmittedSave<D, E extends object>(
  initial: D,
  emitSave: (draft: D, done: (errors: E | null) => void) => void
) {
  const draft = ref(JSON.parse(JSON.stringify(initial)) as D) as Ref<D>
  const errors = ref({}) as Ref<E>
  const saving = ref(false)
  const { markSaved } = useUnsavedChanges(() => draft.value)

  function submit(): void {
    saving.value = true
    emitSave(JSON.parse(JSON.stringify(draft.value)) as D, (result) => {
      saving.value = false
      errors.value = result ?? ({} as E)
      if (!result) markSaved()
    })
  }

  return { draft, errors, saving, submit }
}
