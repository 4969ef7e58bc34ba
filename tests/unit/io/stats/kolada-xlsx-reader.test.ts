import { describe, expect, it } from 'vitest'
import { summarizeStatistics } from '@/domain/statistics/statistics-summary'
import { observation, useFixture, valueAt } from './statistics-fixture'

const roads = 'Bilväg i kommunen, total, meter/inv.'
const driving = 'Genomsnittlig körsträcka med personbil, mil/inv'
const maintenance = 'Medborgarundersökningen - Underhåll och skötsel av gator och bilvägar, andel nöjda (%)'

describe('Kolada export: Kolada_3.xlsx', () => {
  const parsed = useFixture('stats', 'Kolada_3.xlsx')

  it('reads the five key figures as measures and matches names without codes to kommunkoder', () => {
    const summary = summarizeStatistics(parsed())
    expect(summary.format).toBe('kolada-xlsx')
    expect(parsed().source).toBe('Kolada')
    expect(summary.measures).toHaveLength(5)
    expect(summary.measures[0]).toBe(roads)
    expect(summary.regions).toHaveLength(27)
    expect(summary.regions).toContainEqual({ code: '0163', name: 'Sollentuna' })
    expect(summary.regions).toContainEqual({ code: '0117', name: 'Österåker' })
    expect(summary.regions).toContainEqual({ code: '0139', name: 'Upplands-Bro' })
    expect(summary.years).toEqual(['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019'])
    expect(summary.sexes).toEqual(['total'])
  })

  it('reports the aggregate it cannot match and the repeated Sollentuna rows', () => {
    const summary = summarizeStatistics(parsed())
    expect(summary.regions).toContainEqual({ code: null, name: 'Stockholms läns kommuner (ovägt medel)' })
    expect(summary.warnings).toHaveLength(2)
    expect(summary.warnings[0]).toMatch(
      /"Stockholms läns kommuner \(ovägt medel\)" är ett medelvärde .* jämförs inte med någon region/
    )
    expect(summary.warnings[1]).toMatch(/^40 värden fanns två gånger i filen med samma värde \(Sollentuna\)/)
  })

  it('counts 770 numbers and 350 empty cells in the file, less the 40 repeated cells (24 numbers, 16 empty)', () => {
    const summary = summarizeStatistics(parsed())
    expect(summary.values).toBe(746)
    expect(summary.missing).toBe(334)
  })

  it('has the values of the file in the right cells, empty cells as missing', () => {
    expect(valueAt(parsed(), roads, '0163', '2012', 'total')).toBe(5.47525453) // C3
    expect(valueAt(parsed(), roads, null, '2019', 'total')).toBe(17.04198876) // J4
    expect(valueAt(parsed(), driving, '0127', '2012', 'total')).toBe(459) // C33
    expect(valueAt(parsed(), driving, '0128', '2018', 'total')).toBe(531.6759982999999) // I44
    expect(observation(parsed(), driving, '0127', '2019', 'total')).toMatchObject({ value: null, missingSymbol: '' }) // J33 empty
    expect(valueAt(parsed(), maintenance, '0117', '2015', 'total')).toBe(20) // F142
    expect(valueAt(parsed(), maintenance, '0117', '2016', 'total')).toBeNull() // G142 empty
  })
})
