import { describe, expect, it } from 'vitest'
import { createIpcDispatcher, registerIpcHandlers, type IpcHandlers } from '../../../src/main/ipc/dispatcher'
import { bridgeChannels, IpcValidationError, limits } from '../../../src/preload/contract'

const app = { url: 'app://kugghjul/index.html#/installningar' }

function recordingHandlers() {
  const calls: string[] = []
  const handlers: IpcHandlers = {
    'app:info': async () => (calls.push('app:info'), { version: '1.0.0', dataFolder: '/data', platform: 'electron' }),
    'file:save': async () => (calls.push('file:save'), { status: 'cancelled' }),
    'file:open': async () => (calls.push('file:open'), { status: 'cancelled' })
  }
  return { calls, handlers }
}

const validSave = { suggestedName: 'medlemmar.xlsx', filters: [{ name: 'Excel', extensions: ['xlsx'] }], data: new Uint8Array([1, 2, 3]) }

describe('IPC dispatcher', () => {
  it('passes a valid request to its handler', async () => {
    const { calls, handlers } = recordingHandlers()
    const dispatch = createIpcDispatcher(handlers)
    await expect(dispatch('app:info', null, app)).resolves.toMatchObject({ version: '1.0.0' })
    await expect(dispatch('file:save', validSave, app)).resolves.toEqual({ status: 'cancelled' })
    expect(calls).toEqual(['app:info', 'file:save'])
  })

  it('rejects an unknown channel without calling anything', async () => {
    const { calls, handlers } = recordingHandlers()
    const dispatch = createIpcDispatcher(handlers)
    for (const channel of ['shell:exec', 'fs:read', '__proto__', 'constructor', 42, null]) {
      await expect(dispatch(channel, null, app)).rejects.toThrow(/okänd kanal/)
    }
    expect(calls).toEqual([])
  })

  it('rejects messages from any page but the app', async () => {
    const { calls, handlers } = recordingHandlers()
    const dispatch = createIpcDispatcher(handlers)
    await expect(dispatch('app:info', null, { url: 'https://evil.example/' })).rejects.toThrow(/avsändaren/)
    await expect(dispatch('app:info', null, { url: '' })).rejects.toThrow(IpcValidationError)
    expect(calls).toEqual([])
  })

  it.each([
    ['a string instead of an object', 'medlemmar.xlsx'],
    ['missing data', { suggestedName: 'a.xlsx', filters: [] }],
    ['data as a plain array', { ...validSave, data: [1, 2, 3] }],
    ['a path instead of a name', { ...validSave, suggestedName: '../../etc/passwd' }],
    ['an absolute Windows path', { ...validSave, suggestedName: 'C:\\Windows\\system.ini' }],
    ['a hidden file name', { ...validSave, suggestedName: '.bashrc' }],
    ['a huge name', { ...validSave, suggestedName: `${'x'.repeat(limits.maxFileNameLength)}.xlsx` }],
    ['a control character', { ...validSave, suggestedName: 'a\u0000.xlsx' }],
    ['an extra field', { ...validSave, path: '/etc/passwd' }],
    ['a bad filter extension', { ...validSave, filters: [{ name: 'X', extensions: ['../x'] }] }],
    ['too many filters', { ...validSave, filters: Array.from({ length: 11 }, () => ({ name: 'X', extensions: ['x'] })) }]
  ])('rejects a save request with %s', async (_what, payload) => {
    const { calls, handlers } = recordingHandlers()
    await expect(createIpcDispatcher(handlers)('file:save', payload, app)).rejects.toThrow(IpcValidationError)
    expect(calls).toEqual([])
  })

  it.each([
    ['no maxBytes', { filters: [] }],
    ['a negative maxBytes', { filters: [], maxBytes: -1 }],
    ['a fractional maxBytes', { filters: [], maxBytes: 1.5 }],
    ['maxBytes above the limit', { filters: [], maxBytes: limits.maxOpenBytes + 1 }],
    ['maxBytes as text', { filters: [], maxBytes: '100' }],
    ['a path to read', { filters: [], maxBytes: 100, path: '../../etc/passwd' }]
  ])('rejects an open request with %s', async (_what, payload) => {
    const { calls, handlers } = recordingHandlers()
    await expect(createIpcDispatcher(handlers)('file:open', payload, app)).rejects.toThrow(IpcValidationError)
    expect(calls).toEqual([])
  })

  it('explains a rejection in Swedish, naming the channel', async () => {
    const { handlers } = recordingHandlers()
    await expect(createIpcDispatcher(handlers)('file:save', { ...validSave, suggestedName: '' }, app)).rejects.toThrow(
      'Ogiltig begäran på kanalen file:save: filnamnet har fel längd'
    )
  })

  it('rejects arguments on app:info', async () => {
    const { handlers } = recordingHandlers()
    await expect(createIpcDispatcher(handlers)('app:info', { x: 1 }, app)).rejects.toThrow(/tar inga argument/)
  })

  it('survives random junk on every channel without calling a handler', async () => {
    const { calls, handlers } = recordingHandlers()
    const dispatch = createIpcDispatcher(handlers)
    const junk: unknown[] = [
      undefined, 0, -1, NaN, true, 'x'.repeat(1_000_000), [], [[]], {}, { __proto__: { suggestedName: 'a' } },
      new Date(), new Map(), Object.create(null), { suggestedName: 1, filters: 'x', data: 'x' }
    ]
    for (const channel of ['file:save', 'file:open'] as const) {
      for (const payload of junk) {
        await expect(dispatch(channel, payload, app)).rejects.toThrow(IpcValidationError)
      }
    }
    expect(calls).toEqual([])
  })

  it('registers exactly the contract channels with ipcMain', async () => {
    const registered = new Map<string, (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown>()
    const { handlers } = recordingHandlers()
    registerIpcHandlers({ handle: (c, l) => void registered.set(c, l) }, createIpcDispatcher(handlers), Object.values(bridgeChannels))
    expect([...registered.keys()].sort()).toEqual(['app:info', 'file:open', 'file:save'])
    const listener = registered.get('app:info')!
    await expect(listener({ senderFrame: app }, null)).resolves.toMatchObject({ platform: 'electron' })
    await expect(listener({ senderFrame: null }, null)).rejects.toThrow(/avsändaren/)
  })
})
