import { computed, onBeforeUnmount, ref } from 'vue'
import { useUnsavedChangesStore } from '@/stores/unsaved-changes'

const snapshot = (values: unknown) => JSON.stringify(values)

/**
 * A form's unsaved changes: the form's current values compared with the
 * saved ones, so typing and undoing back is not a change. While dirty,
 * leaving the screen, reloading or closing the window asks first. Call
 * `markSaved` after loading the saved values and after each successful save.
 */
export function useUnsavedChanges(values: () => unknown) {
  const saved = ref(snapshot(values()))
  const dirty = computed(() => snapshot(values()) !== saved.value)
  const unregister = useUnsavedChangesStore().register(dirty)
  onBeforeUnmount(unregister)

  function markSaved(): void {
    saved.value = snapshot(values())
  }

  return { dirty, markSaved }
}
