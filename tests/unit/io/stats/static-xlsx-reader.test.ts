import { describe, expect, it } from 'vitest'
import { summarizeStatistics } from '@/domain/statistics/statistics-summary'
import { observation, useFixture, valueAt } from './statistics-fixture'

describe('SCB static table xlsx: be0101_tabhel2023.xlsx', () => {
  const parsed = useFixture('stats', 'be0101_tabhel2023.xlsx')

  it('reads Riket, 21 län and 290 kommuner, the year from the title and the sex from the sheet', () => {
    const summary = summarizeStatistics(parsed())
    expect(summary.format).toBe('static-xlsx')
    expect(summary.title).toBe(
      'Folkmängd i riket, län och kommuner 31 december och befolkningsförändringar 1 januari - 31 december 2023'
    )
    expect(summary.regions).toHaveLength(312)
    expect(summary.regions.slice(0, 3)).toEqual([
      { code: '00', name: 'Riket' },
      { code: '01', name: 'Stockholms län' },
      { code: '0127', name: 'Botkyrka' }
    ])
    expect(summary.regions.filter((r) => r.code?.length === 2)).toHaveLength(22)
    expect(summary.years).toEqual(['2023'])
    expect(summary.sexes).toEqual(['total'])
    expect(summary.values).toBe(5544)
    expect(summary.missing).toBe(72)
    expect(summary.warnings).toEqual([])
  })

  it('names each column from its multi-row, merged header', () => {
    expect(summarizeStatistics(parsed()).measures).toEqual([
      'Folkmängd',
      'Folkökning',
      'Levande födda',
      'Döda',
      'Födelseöverskott',
      'Inflyttade, totalt',
      'Inflyttade, därav från egna länet',
      'Inflyttade, därav från övriga Sverige',
      'Inflyttade, därav från utlandet',
      'Utflyttade, totalt',
      'Utflyttade, därav till egna länet',
      'Utflyttade, därav till övriga Sverige',
      'Utflyttade, därav till utlandet',
      'Flyttningsnetto, totalt',
      'Flyttningsnetto, därav mot egna länet',
      'Flyttningsnetto, därav mot övriga Sverige',
      'Flyttningsnetto, därav mot utlandet',
      'Justeringar'
    ])
  })

  it('has the values of the file in the right cells, negative ones included', () => {
    expect(valueAt(parsed(), 'Folkmängd', '00', '2023', 'total')).toBe(10551707) // C10
    expect(valueAt(parsed(), 'Justeringar', '00', '2023', 'total')).toBe(3405) // T10
    expect(valueAt(parsed(), 'Flyttningsnetto, därav mot övriga Sverige', '01', '2023', 'total')).toBe(-2543) // R11
    expect(valueAt(parsed(), 'Folkmängd', '0127', '2023', 'total')).toBe(95592) // C12
    expect(valueAt(parsed(), 'Folkökning', '08', '2023', 'total')).toBe(-1044) // D94
    expect(valueAt(parsed(), 'Inflyttade, därav från egna länet', '0880', '2023', 'total')).toBe(1686) // I99
    expect(valueAt(parsed(), 'Justeringar', '2518', '2023', 'total')).toBe(0) // T321
  })

  it('keeps "." (not applicable) as a missing value on Riket, the län and Gotland', () => {
    expect(observation(parsed(), 'Inflyttade, därav från egna länet', '00', '2023', 'total')).toMatchObject({
      value: null,
      missingSymbol: '.'
    })
    expect(observation(parsed(), 'Utflyttade, därav till övriga Sverige', '00', '2023', 'total')?.value).toBeNull()
    expect(observation(parsed(), 'Flyttningsnetto, därav mot egna länet', '0980', '2023', 'total')?.missingSymbol).toBe(
      '.'
    )
    expect(valueAt(parsed(), 'Flyttningsnetto, därav mot övriga Sverige', '0980', '2023', 'total')).toBe(-97) // R108
  })

  it('keeps the note and the footnotes', () => {
    expect(parsed().notes[0]).toMatch(/^Folkmängd redovisas enligt indelningen 2024-01-01/)
    expect(parsed().notes.some((note) => note.startsWith('2) Händelser'))).toBe(true)
  })
})
