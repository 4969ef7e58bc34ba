import { ref } from 'vue'

export interface ActionMessage {
  kind: 'success' | 'error'
  text: string
}

/**
 * A button's action with a busy flag and one message afterwards: the
 * action's own Swedish sentence on success, the error's message on failure.
 */
export function useActionMessage() {
  const busy = ref(false)
  const message = ref<ActionMessage | null>(null)

  async function run(action: () => Promise<string | null | void>): Promise<void> {
    busy.value = true
    message.value = null
    try {
      const text = await action()
      if (text) message.value = { kind: 'success', text }
    } catch (error) {
      message.value = { kind: 'error', text: error instanceof Error ? error.message : String(error) }
    } finally {
      busy.value = false
    }
  }

  return { busy, message, run }
}
