/**
 * A global `Worker` for store tests that runs the app's real PDF worker modules
 * in this thread (as tests/unit/in-process-worker.ts does for one module), so a
 * store that starts `new Worker(new URL('./report-pdf.worker.ts', …))` makes the
 * real file. Install with `vi.stubGlobal('Worker', ModuleWorker)`. Messages are
 * structured-cloned both ways, as across a real worker boundary.
 */
type Handler = (event: { data: unknown }) => unknown

const modules: Record<string, () => Promise<unknown>> = {
  'report-pdf.worker': () => import('@/io/pdf/report-pdf.worker'),
  'certificate-pdf.worker': () => import('@/io/pdf/certificate-pdf.worker')
}

/** A module runs once; its onmessage is kept for every later worker of the same kind. */
const handlers = new Map<string, Promise<Handler>>()

interface Scope {
  onmessage: Handler | null
  postMessage: (message: unknown, transfer?: Transferable[]) => void
}
const scope = globalThis as unknown as Scope

function handlerOf(name: string): Promise<Handler> {
  let handler = handlers.get(name)
  if (!handler) {
    const load = modules[name]
    if (!load) throw new Error(`No worker module ${name} in the test stand-in`)
    handler = load().then(() => {
      const loaded = scope.onmessage
      if (!loaded) throw new Error(`${name} set no onmessage`)
      return loaded
    })
    handlers.set(name, handler)
  }
  return handler
}

/**
 * structuredClone with the transfer list, as a browser's postMessage does. Node 24 refuses to
 * transfer the ArrayBuffer behind a pooled Buffer (which pdfmake hands back in Node, never in a
 * browser); that one is copied instead, as the bytes are all the receiver sees either way.
 */
function cloneForWorker(value: unknown, transfer: Transferable[]): unknown {
  try {
    return structuredClone(value, { transfer })
  } catch (error) {
    if ((error as Error).name !== 'DataCloneError') throw error
    return structuredClone(value)
  }
}

export class ModuleWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  private terminated = false
  private readonly handler: Promise<Handler>

  constructor(url: URL | string) {
    const name = String(url)
      .split('/')
      .pop()!
      .replace(/\.[tj]s(\?.*)?$/, '')
    this.handler = handlerOf(name)
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    const data = cloneForWorker(message, transfer)
    void this.handler.then((handle) => {
      // The module answers through the global postMessage, which is this worker's while it runs.
      scope.postMessage = (answer, answerTransfer = []) => {
        const cloned = cloneForWorker(answer, answerTransfer)
        if (!this.terminated) this.onmessage?.({ data: cloned })
      }
      return handle({ data })
    })
  }

  terminate(): void {
    this.terminated = true
  }
}
