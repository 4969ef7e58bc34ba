import { computed, ref, watch, type Ref } from 'vue'

/** Rows a list shows at first, and how many more each "Visa fler" adds. */
export const LIST_PAGE_SIZE = 50

/**
 * Paging for a long list: the first `pageSize` rows, and more on request.
 * A new search or filter (a new row array) starts again from the first page.
 */
export function usePaging<T>(rows: Ref<readonly T[]>, pageSize = LIST_PAGE_SIZE) {
  const shown = ref(pageSize)
  watch(rows, () => (shown.value = pageSize))
  const visible = computed(() => rows.value.slice(0, shown.value))
  const nextCount = computed(() => Math.max(0, Math.min(pageSize, rows.value.length - shown.value)))
  function showMore(): void {
    shown.value += pageSize
  }
  return { visible, nextCount, showMore }
}
