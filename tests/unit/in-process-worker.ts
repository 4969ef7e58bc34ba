/**
 * A stand-in for the browser's Worker that runs a real worker module in this
 * thread. The module answers through the global onmessage / postMessage, as
 * a worker does. Messages are structured-cloned both ways with their transfer
 * lists, as across a real worker boundary, so only data crosses it and a
 * transferred buffer is detached on the side that sent it.
 */
type Handler<Request> = (event: { data: Request }) => void

interface WorkerGlobals<Request, Reply> {
  onmessage: Handler<Request> | null
  postMessage: (message: Reply, transfer?: Transferable[]) => void
}

export class InProcessWorker<Request, Reply> {
  private listeners = new Map<string, Set<(event: unknown) => void>>()
  private handler: Handler<Request> | null = null
  terminated = false
  /** The requests as the worker received them. */
  posted: Request[] = []
  /** What the worker asked to transfer with each answer. */
  answerTransfers: Transferable[][] = []

  /** `load` imports the worker module, e.g. () => import('@/io/stats/statistics-import.worker'). */
  constructor(private readonly load: () => Promise<unknown>) {}

  private get globals(): WorkerGlobals<Request, Reply> {
    return globalThis as unknown as WorkerGlobals<Request, Reply>
  }

  async start(): Promise<this> {
    await this.load()
    this.handler = this.globals.onmessage
    return this
  }

  private emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event)
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set())
    this.listeners.get(type)!.add(listener)
  }

  removeEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.get(type)?.delete(listener)
  }

  postMessage(message: Request, transfer: Transferable[] = []): void {
    const data = structuredClone(message, { transfer })
    this.posted.push(data)
    // The worker module answers through the global postMessage, which is this worker's while it runs.
    this.globals.postMessage = (answer, answerTransfer = []) => {
      this.answerTransfers.push(answerTransfer)
      const cloned = structuredClone(answer, { transfer: answerTransfer })
      if (!this.terminated) this.emit('message', { data: cloned })
    }
    this.handler?.({ data })
  }

  /** What a browser does when the worker's module cannot be loaded: an error event, no answer. */
  failToLoad(): void {
    this.emit('error', new Event('error', { cancelable: true }))
  }

  terminate(): void {
    this.terminated = true
  }
}
