import { describe, expect, it } from 'vitest'
import { recognizeCodedRegion, recognizeRegion } from '@/domain/statistics/region-label'

describe('recognizeRegion', () => {
  it('reads code and name in one cell, as PxWeb writes them', () => {
    expect(recognizeRegion('0880 Kalmar')).toEqual({ region: { code: '0880', name: 'Kalmar' }, matched: true })
    expect(recognizeRegion('01 Stockholms län')).toEqual({
      region: { code: '01', name: 'Stockholms län' },
      matched: true
    })
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
    expect(recognizeRegion('Stockholms läns kommuner (ovägt medel)')).toMatchObject({
      region: { code: null, name: 'Stockholms läns kommuner (ovägt medel)' },
      matched: false,
      note: expect.stringMatching(/medelvärde/)
    })
    expect(recognizeRegion('1917 Heby')).toEqual({ region: { code: '1917', name: 'Heby' }, matched: false })
    expect(recognizeRegion('   ')).toBeNull()
  })

  it('reads separate code and name cells of static tables, Riket without a code', () => {
    expect(recognizeCodedRegion('01', 'Stockholm     ')?.region).toEqual({ code: '01', name: 'Stockholms län' })
    expect(recognizeCodedRegion('', 'Riket   ')?.region).toEqual({ code: '00', name: 'Riket' })
  })

  it('reads NUTS codes (all 21 län), SE and English names, and keeps NUTS 1 and 2 groups without a code with a note', () => {
    const nuts = [
      'SE110',
      'SE121',
      'SE122',
      'SE123',
      'SE124',
      'SE125',
      'SE211',
      'SE212',
      'SE213',
      'SE214',
      'SE221',
      'SE224',
      'SE231',
      'SE232',
      'SE311',
      'SE312',
      'SE313',
      'SE321',
      'SE322',
      'SE331',
      'SE332'
    ]
    expect(nuts.map((code) => recognizeRegion(code)?.region.code)).toEqual([
      '01',
      '03',
      '04',
      '05',
      '18',
      '19',
      '06',
      '07',
      '08',
      '09',
      '10',
      '12',
      '13',
      '14',
      '17',
      '20',
      '21',
      '22',
      '23',
      '24',
      '25'
    ])
    expect(recognizeRegion('SE213 Kalmar län')?.region).toEqual({ code: '08', name: 'Kalmar län' })
    expect(recognizeRegion('SE')?.region.code).toBe('00')
    expect(recognizeRegion('Hela riket')?.region.code).toBe('00')
    expect(recognizeRegion('SE11')).toMatchObject({
      region: { code: null, name: 'SE11 Stockholm' },
      matched: false,
      note: expect.stringMatching(/NUTS-området SE11/)
    })
    expect(recognizeRegion('Stockholm county')?.region).toEqual({ code: '01', name: 'Stockholms län' })
    expect(recognizeRegion('Västra Götaland County')?.region.code).toBe('14')
    expect(recognizeRegion('Kalmar municipality')?.region.code).toBe('0880')
    expect(recognizeRegion('Region Kalmar län')?.region.code).toBe('08')
    expect(recognizeRegion('Alla kommuner (ovägt medel)')).toMatchObject({
      region: { code: null },
      matched: false,
      note: expect.stringMatching(/medelvärde/)
    })
  })
})
