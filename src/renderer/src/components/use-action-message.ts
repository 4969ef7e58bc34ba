import { errorMessage } from '@/domain/error-message'
import { ref } from 'vue'

export interface ActionMessage {
  kind: 'success' | 'error'
  text: string
}

/** An action's answer the user can act on without an exception: what went wrong and what to do. */
export interface ActionProblem {
  problem: string
}

/**
 * A button's action with a busy flag and one message afterwards: the
 * action's own Swedish sentence on success, its problem when it returns one,
 * the error's message when it fails.
 */
export function useActionMessage() {
  const busy = ref(false)
  const message = ref<ActionMessage | null>(null)

  async function run(action: () => Promise<string | ActionProblem | null | void>): Promise<void> {
    busy.value = true
    message.value = null
    try {
      const outcome = await action()
      if (typeof outcome === 'string' && outcome) message.value = { kind: 'success', text: outcome }
      else if (outcome && typeof outcome === 'object') message.value = { kind: 'error', text: outcome.problem }
    } catch (error) {
      message.value = { kind: 'error', text: errorMessage(error) }
    } finally {
      busy.value = false
    }
  }

  return { busy, message, run }
}
