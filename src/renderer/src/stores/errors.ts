import { errorMessage } from '@/domain/error-message'
import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * Errors no screen caught (a failed write from an inline control, say). The
 * shell shows the latest one; a storage error's message already says that
 * nothing saved before was lost and what to do.
 */
export const useErrorsStore = defineStore('errors', () => {
  const message = ref('')

  function report(error: unknown): void {
    const text = errorMessage(error)
    message.value =
      error instanceof Error && error.name === 'StorageWriteError'
        ? text
        : `Något gick fel: ${text}. Inget av det som redan är sparat har gått förlorat. Försök igen.`
  }

  return { message, report, dismiss: () => (message.value = '') }
})
