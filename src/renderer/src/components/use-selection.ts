import { computed, ref } from 'vue'

/** Rows chosen with checkboxes, and the header checkbox that chooses all of `ids()` or none. */
export function useSelection(ids: () => readonly string[]) {
  const selected = ref<string[]>([])
  const allSelected = computed(() => ids().length > 0 && selected.value.length === ids().length)
  function toggleAll(): void {
    selected.value = allSelected.value ? [] : [...ids()]
  }
  return { selected, allSelected, toggleAll }
}
