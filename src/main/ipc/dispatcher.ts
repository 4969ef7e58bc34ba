import type { IpcChannel, IpcRequest, IpcResponse } from '../../preload/contract'
import { IpcValidationError, isIpcChannel, validateRequest } from '../../preload/contract-validation'
import { isAppUrl } from '../security'

export type IpcHandlers = { [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> }

export interface IpcSender {
  /** URL of the frame that sent the message. */
  url: string
}

/**
 * The single entry for every IPC message: checks the sender is the app's own
 * page, the channel is in the contract and the payload matches it, and only
 * then calls the handler.
 */
export function createIpcDispatcher(handlers: IpcHandlers, devServerUrl?: string) {
  return async function dispatch(channel: unknown, payload: unknown, sender: IpcSender): Promise<unknown> {
    if (!isAppUrl(sender.url, devServerUrl)) {
      throw new IpcValidationError(String(channel), 'avsändaren är inte Kugghjuls eget fönster')
    }
    if (!isIpcChannel(channel)) throw new IpcValidationError(String(channel), 'okänd kanal')
    const request = validateRequest(channel, payload)
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>
    return handler(request)
  }
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown): void
}

/** Registers one ipcMain handler per contract channel, each going through the dispatcher. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  dispatch: ReturnType<typeof createIpcDispatcher>,
  channels: readonly IpcChannel[]
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload) => dispatch(channel, payload, { url: event.senderFrame?.url ?? '' }))
  }
}
