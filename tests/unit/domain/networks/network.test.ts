import { describe, expect, it } from 'vitest'
import { networkToDraft, validateNetworkDraft } from '@/domain/networks/network'

describe('network form', () => {
  it('trims, collapses spaces in the name and keeps each member once', () => {
    const result = validateNetworkDraft({
      name: '  Nätverket   för jämställd hälsa ',
      description: ' ',
      memberIds: ['m1', 'm2', 'm1'],
      contact: 'Åsa Öberg'
    })
    expect(result).toEqual({
      ok: true,
      fields: { name: 'Nätverket för jämställd hälsa', description: '', memberIds: ['m1', 'm2'], contact: 'Åsa Öberg' }
    })
  })

  it('wants a name', () => {
    const result = validateNetworkDraft({
      ...networkToDraft({ id: 'n', name: 'x', description: '', memberIds: [], contact: '' }),
      name: ' '
    })
    expect(!result.ok && result.errors.name).toMatch(/Ange nätverkets namn/)
  })
})
