import { describe, expect, it } from 'vitest'
import { createIpcDispatcher, registerIpcHandlers, type IpcHandlers } from '../../../src/main/ipc/dispatcher'
import { bridgeChannels, limits, openFileLimits } from '../../../src/preload/contract'
import { IpcValidationError } from '../../../src/preload/contract-validation'

const app = { url: 'app://kugghjul/index.html#/installningar' }

const places = {
  local: { folder: '/data/backups', lastSucceededAt: null, lastFailedAt: null, lastError: null },
  second: null
}

function recordingHandlers() {
  const calls: string[] = []
  const handlers: IpcHandlers = {
    'app:info': async () => (calls.push('app:info'), { version: '1.0.0', dataFolder: '/data', platform: 'electron' }),
    'file:save': async () => (calls.push('file:save'), { status: 'cancelled' }),
    'file:open': async () => (calls.push('file:open'), { status: 'cancelled' }),
    'backups:write': async () => (calls.push('backups:write'), { status: 'refused', message: '' }),
    'backups:list': async () => (
      calls.push('backups:list'),
      { status: 'listed', folder: '/data/backups', backups: [] }
    ),
    'backups:read': async (request) => (calls.push('backups:read'), { status: 'not-found', name: request.name }),
    'shell:open-external': async () => (calls.push('shell:open-external'), { status: 'opened' }),
    'backups:status': async () => (calls.push('backups:status'), places),
    'backups:choose-second-folder': async () => (calls.push('backups:choose-second-folder'), { status: 'cancelled' }),
    'backups:forget-second-folder': async () => (calls.push('backups:forget-second-folder'), places),
    'window:unsaved-changes': async () => (calls.push('window:unsaved-changes'), null)
  }
  return { calls, handlers }
}

const backupName = 'kugghjul-sakerhetskopia-2026-11-23T081530123Z.json'
const validSave = {
  suggestedName: 'medlemmar.xlsx',
  filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  data: new Uint8Array([1, 2, 3])
}

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
    [
      'too many filters',
      { ...validSave, filters: Array.from({ length: 11 }, () => ({ name: 'X', extensions: ['x'] })) }
    ]
  ])('rejects a save request with %s', async (_what, payload) => {
    const { calls, handlers } = recordingHandlers()
    await expect(createIpcDispatcher(handlers)('file:save', payload, app)).rejects.toThrow(IpcValidationError)
    expect(calls).toEqual([])
  })

  it.each(Object.entries(openFileLimits))(
    'accepts the size the renderer opens a %s with',
    async (_purpose, maxBytes) => {
      const { calls, handlers } = recordingHandlers()
      await expect(createIpcDispatcher(handlers)('file:open', { filters: [], maxBytes }, app)).resolves.toEqual({
        status: 'cancelled'
      })
      expect(calls).toEqual(['file:open'])
    }
  )

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

  it('passes valid backup requests to their handlers', async () => {
    const { calls, handlers } = recordingHandlers()
    const dispatch = createIpcDispatcher(handlers)
    await dispatch('backups:write', { data: new Uint8Array([123, 125]), kind: 'automatic' }, app)
    await dispatch('backups:write', { data: new Uint8Array([123, 125]), kind: 'before-restore' }, app)
    await dispatch('backups:list', null, app)
    await dispatch('backups:read', { name: backupName }, app)
    expect(calls).toEqual(['backups:write', 'backups:write', 'backups:list', 'backups:read'])
  })

  it.each([
    ['a path instead of bytes', { data: '/tmp/backup.json', kind: 'automatic' }],
    ['bytes as a plain array', { data: [123, 125], kind: 'automatic' }],
    ['an unknown kind', { data: new Uint8Array([1]), kind: 'manual' }],
    ['a kind as a huge string', { data: new Uint8Array([1]), kind: 'a'.repeat(1_000_000) }],
    [
      'a file name chosen by the renderer',
      { data: new Uint8Array([1]), kind: 'automatic', name: '../../etc/cron.d/x' }
    ],
    ['a folder chosen by the renderer', { data: new Uint8Array([1]), kind: 'automatic', folder: '/etc' }],
    ['an object pretending to be bytes', { data: { byteLength: 10, 0: 123 }, kind: 'automatic' }]
  ])('rejects a backup write with %s', async (_what, payload) => {
    const { calls, handlers } = recordingHandlers()
    await expect(createIpcDispatcher(handlers)('backups:write', payload, app)).rejects.toThrow(IpcValidationError)
    expect(calls).toEqual([])
  })

  it.each([
    ['traversal', '../../etc/passwd'],
    ['an absolute path', '/etc/passwd'],
    ['an absolute Windows path', 'C:\\Users\\x\\AppData\\kugghjul-sakerhetskopia-2026-11-23T081530123Z.json'],
    ['traversal before a valid name', `../${'kugghjul-sakerhetskopia-2026-11-23T081530123Z.json'}`],
    ['a valid name inside a folder', 'backups/kugghjul-sakerhetskopia-2026-11-23T081530123Z.json'],
    ['a valid name with traversal after it', 'kugghjul-sakerhetskopia-2026-11-23T081530123Z.json/../../../etc/passwd'],
    ['a NUL byte', 'kugghjul-sakerhetskopia-2026-11-23T081530123Z.json\u0000'],
    ['another file in the data folder', 'Preferences'],
    ['a huge string', `kugghjul-sakerhetskopia-${'9'.repeat(1_000_000)}.json`],
    ['a number', 42],
    ['a missing name', undefined]
  ])('rejects reading a backup by %s', async (_what, name) => {
    const { calls, handlers } = recordingHandlers()
    const payload = name === undefined ? {} : { name }
    await expect(createIpcDispatcher(handlers)('backups:read', payload, app)).rejects.toThrow(
      /inte en säkerhetskopia som Kugghjul har sparat|okända fält/
    )
    await expect(
      createIpcDispatcher(handlers)('backups:read', { name: backupName, path: '/etc/passwd' }, app)
    ).rejects.toThrow(/okända fält/)
    expect(calls).toEqual([])
  })

  it('passes a link to open, and nothing but a link', async () => {
    const { calls, handlers } = recordingHandlers()
    const dispatch = createIpcDispatcher(handlers)
    await expect(dispatch('shell:open-external', { url: 'mailto:asa@kalmar.se' }, app)).resolves.toEqual({
      status: 'opened'
    })
    for (const payload of [
      { url: '' },
      { url: 42 },
      { url: `https://a.se/${'x'.repeat(limits.maxExternalUrlLength)}` },
      { url: 'https://a.se', target: '_self' },
      'https://a.se'
    ]) {
      await expect(dispatch('shell:open-external', payload, app)).rejects.toThrow(IpcValidationError)
    }
    expect(calls).toEqual(['shell:open-external'])
  })

  it('takes no path for the second backup folder: main asks the user in a dialog', async () => {
    const { calls, handlers } = recordingHandlers()
    const dispatch = createIpcDispatcher(handlers)
    await expect(dispatch('backups:choose-second-folder', { folder: '/etc' }, app)).rejects.toThrow(/tar inga argument/)
    await expect(dispatch('backups:choose-second-folder', '\\\\server\\share', app)).rejects.toThrow(
      /tar inga argument/
    )
    await expect(dispatch('backups:choose-second-folder', null, app)).resolves.toEqual({ status: 'cancelled' })
    expect(calls).toEqual(['backups:choose-second-folder'])
  })

  it('rejects arguments on backups:list', async () => {
    const { handlers } = recordingHandlers()
    await expect(createIpcDispatcher(handlers)('backups:list', { folder: '/etc' }, app)).rejects.toThrow(
      /tar inga argument/
    )
    await expect(createIpcDispatcher(handlers)('backups:list', '../..', app)).rejects.toThrow(/tar inga argument/)
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

  it('survives random junk on every channel of the contract without calling a handler', async () => {
    const { calls, handlers } = recordingHandlers()
    const dispatch = createIpcDispatcher(handlers)
    const junk: unknown[] = [
      0,
      -1,
      NaN,
      true,
      'x'.repeat(1_000_000),
      '../../etc/passwd',
      [],
      [[]],
      {},
      { __proto__: { suggestedName: 'a' } },
      new Date(),
      new Map(),
      Object.create(null),
      { suggestedName: 1, filters: 'x', data: 'x' },
      { name: '../../etc/passwd' }
    ]
    // Every channel, so a channel added later without a validator fails here.
    for (const channel of Object.values(bridgeChannels)) {
      for (const payload of junk) {
        await expect(dispatch(channel, payload, app)).rejects.toThrow(IpcValidationError)
      }
    }
    expect(calls).toEqual([])
  })

  it('registers exactly the contract channels with ipcMain', async () => {
    const registered = new Map<string, (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown>()
    const { handlers } = recordingHandlers()
    registerIpcHandlers(
      { handle: (c, l) => void registered.set(c, l) },
      createIpcDispatcher(handlers),
      Object.values(bridgeChannels)
    )
    expect([...registered.keys()].sort()).toEqual([
      'app:info',
      'backups:choose-second-folder',
      'backups:forget-second-folder',
      'backups:list',
      'backups:read',
      'backups:status',
      'backups:write',
      'file:open',
      'file:save',
      'shell:open-external',
      'window:unsaved-changes'
    ])
    const listener = registered.get('app:info')!
    await expect(listener({ senderFrame: app }, null)).resolves.toMatchObject({ platform: 'electron' })
    await expect(listener({ senderFrame: null }, null)).rejects.toThrow(/avsändaren/)
  })
})
