import { describe, expect, it } from 'vitest'
import { recognizeCodedRegion, recognizeRegion } from '@/domain/statistics/region-label'

describe('recognizeRegion', () => {
  it('reads code and name in one cell, as PxWeb writes them', () => {
    expect(recognizeRegion('0880 Kalmar')).toEqual({ region: { code: '0880', name: 'Kalmar' }, matched: true })
    expect(recognizeRegion('01 Stockholms län')).toEqual({ region: { code: '01', name: 'Stockholms län' }, matched: true })
    expect(recognizeRegion('00 Riket')).toEqual({ region: { code: '00', name: 'Riket' }, matched: true })
  })

  it('reads Riket, bare codes and Kolada’s 0000', () => {
    expect(recognizeRegion('Riket')?.region).toEqual({ code: '00', name: 'Riket' })
    expect(recognizeRegion('Hela riket')?.region.code).toBe('00')
    expect(recognizeRegion('0000')?.region.code).toBe('00')
    expect(recognizeRegion('0885')?.region).toEqual({ code: '0885', name: 'Borgholm' })
  })

  it('matches names without codes against the kommuner and län, kommun first', () => {
    expect(recognizeRegion('Kalmar')?.region.code).toBe('0880')
    expect(recognizeRegion('Kalmar län')?.region.code).toBe('08')
    expect(recognizeRegion('Region Kalmar län')?.region.code).toBe('08')
    expect(recognizeRegion('Borgholms kommun')?.region.code).toBe('0885')
    expect(recognizeRegion('Torsås kommun')?.region.code).toBe('0834')
    expect(recognizeRegion('Göteborgs Stad')?.region.code).toBe('1480')
    expect(recognizeRegion('Region Gotland')?.region.code).toBe('0980')
    expect(recognizeRegion('  Upplands   Väsby ')?.region).toEqual({ code: '0114', name: 'Upplands Väsby' })
  })

  it('keeps what it cannot match, flagged, instead of failing', () => {
    expect(recognizeRegion('Stockholms läns kommuner (ovägt medel)')).toEqual({
      region: { code: null, name: 'Stockholms läns kommuner (ovägt medel)' },
      matched: false
    })
    expect(recognizeRegion('1917 Heby')).toEqual({ region: { code: '1917', name: 'Heby' }, matched: false })
    expect(recognizeRegion('   ')).toBeNull()
  })

  it('reads separate code and name cells of static tables, Riket without a code', () => {
    expect(recognizeCodedRegion('01', 'Stockholm     ')?.region).toEqual({ code: '01', name: 'Stockholms län' })
    expect(recognizeCodedRegion('', 'Riket   ')?.region).toEqual({ code: '00', name: 'Riket' })
  })
})
