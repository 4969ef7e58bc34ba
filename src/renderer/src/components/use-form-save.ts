import { errorMessage } from '@/domain/error-message'
import { nextTick, ref, type Ref } from 'vue'
import { useUnsavedChanges } from './use-unsaved-changes'

type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E }

/**
 * The save step of a form over a repository write: field errors go next to
 * their fields and focus moves to the first, any other failure becomes one
 * Swedish sentence saying that nothing changed. `noun` is the capitalised
 * thing saved, e.g. "Aktiviteten". `values` are the form's values: while
 * they differ from the saved ones, leaving the screen asks first (call
 * `markSaved` once the saved values are loaded).
 */
export function useFormSave<T, E extends object>(
  noun: string,
  write: () => Promise<Result<T, E>>,
  onSaved: (value: T) => Promise<unknown>,
  values: () => unknown
) {
  const { markSaved } = useUnsavedChanges(values)
  const errors = ref({}) as Ref<E>
  const saving = ref(false)
  const failure = ref('')

  async function save(): Promise<void> {
    saving.value = true
    failure.value = ''
    try {
      const result = await write()
      if (result.ok) {
        markSaved()
        await onSaved(result.value)
        return
      }
      errors.value = result.errors
      failure.value = `${noun} sparades inte. Rätta de markerade fälten och spara igen.`
      await nextTick()
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
    } catch (error) {
      failure.value = `${noun} kunde inte sparas: ${errorMessage(error)}. Inget ändrades.`
    } finally {
      saving.value = false
    }
  }

  return { errors, saving, failure, save, markSaved }
}
