import { describe, expect, it } from 'vitest'
import { summarizeStatistics } from '@/domain/statistics/statistics-summary'
import { readStatisticsFile } from '@/io/stats/read-statistics-file'
import { StatisticsFileError } from '@/io/stats/statistics-file-error'
import { fixtureBytes, valueAt } from './statistics-fixture'

const read = (name: string, roleOverrides?: Record<string, 'region' | 'sex' | 'year' | 'measure'>) =>
  readStatisticsFile(name, fixtureBytes('stats', name), undefined, { roleOverrides })

describe('detected dimensions and role overrides', () => {
  it('reports each stub column and header row with its role and certainty', async () => {
    const parsed = await read('pxweb_region_kon_ar.xlsx')
    expect(parsed.dimensions?.map((d) => [d.key, d.role, d.certainty, d.overridden])).toEqual([
      ['stub:0', 'region', 'sure', false],
      ['stub:1', 'sex', 'sure', false],
      ['header:0', 'year', 'sure', false]
    ])
    expect(parsed.dimensions?.[1]?.examples).toEqual(['män', 'kvinnor', 'totalt'])
    expect(parsed.dimensions?.[2]?.label).toBe('Rubrikraden (rad 3)')
  })

  it('marks a region column with unmatched names (Kolada aggregates) as unsure, and a confirmation as the user’s', async () => {
    const detected = await read('Kolada_3.xlsx')
    expect(detected.dimensions?.find((d) => d.key === 'stub:1')).toMatchObject({ role: 'region', certainty: 'unsure' })
    const confirmed = await read('Kolada_3.xlsx', { 'stub:1': 'region' })
    expect(confirmed.dimensions?.find((d) => d.key === 'stub:1')).toMatchObject({
      role: 'region',
      certainty: 'sure',
      overridden: true
    })
    expect(confirmed.observations).toHaveLength(detected.observations.length)
  })

  it('reads a sex column as part of the measure name when the user says so', async () => {
    const parsed = await read('pxweb_region_kon_ar.xlsx', { 'stub:1': 'measure' })
    const summary = summarizeStatistics(parsed)
    expect(summary.sexes).toEqual(['total'])
    expect(summary.measures).toEqual(['män', 'kvinnor', 'totalt'])
    expect(valueAt(parsed, 'kvinnor', '0880', '2023', 'total')).toBe(
      valueAt(await read('pxweb_region_kon_ar.xlsx'), 'Folkmängd', '0880', '2023', 'women')
    )
  })

  it('overrides a PC-Axis variable by name', async () => {
    const parsed = await read('BE0101N1.px', { 'px:kön': 'measure' })
    expect(summarizeStatistics(parsed).sexes).toEqual(['total'])
    expect(parsed.dimensions?.find((d) => d.key === 'px:kön')).toMatchObject({ role: 'measure', overridden: true })
  })

  it('refuses a role the labels cannot have, with a Swedish message naming the column and a label', async () => {
    const attempt = read('UF0506A1.csv', { 'stub:2': 'year' })
    await expect(attempt).rejects.toBeInstanceOf(StatisticsFileError)
    await expect(attempt).rejects.toThrow(
      /Kolumnen "utbildningsnivå" \(kolumn C\) i "UF0506A1.csv" kan inte läsas som år: "förgymnasial utbildning kortare än 9 år" är inget år/
    )
    await expect(read('UF0506A1.csv', { 'stub:1': 'sex' })).rejects.toThrow(
      /kan inte läsas som kön: "totalt 16-74 år" är inget kön \(kvinnor, män, totalt\)/
    )
  })
})
