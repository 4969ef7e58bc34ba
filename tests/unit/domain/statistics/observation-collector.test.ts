import { describe, expect, it } from 'vitest'
import { ObservationCollector } from '@/domain/statistics/observation-collector'
import { recognizeRegion, type RegionMatch } from '@/domain/statistics/region-label'

function region(label: string): RegionMatch {
  const match = recognizeRegion(label)
  if (!match) throw new Error(label)
  return match
}

describe('ObservationCollector', () => {
  it('turns cells into values or missing values with their symbol', () => {
    const collector = new ObservationCollector()
    collector.add('Folkmängd', region('0880 Kalmar'), '2023', 'women', 36512)
    collector.add('Folkmängd', region('0880 Kalmar'), '2023', 'men', '..')
    collector.add('Folkmängd', region('0880 Kalmar'), '2022', 'men', null)
    expect(collector.observations.map((o) => [o.sex, o.year, o.value, o.missingSymbol])).toEqual([
      ['women', '2023', 36512, undefined],
      ['men', '2023', null, '..'],
      ['men', '2022', null, '']
    ])
    expect(collector.warnings()).toEqual([])
  })

  it('reads a repeated cell once, and warns when the repeat differs', () => {
    const collector = new ObservationCollector()
    collector.add('M', region('Sollentuna'), '2019', 'total', 5)
    collector.add('M', region('0163 Sollentuna'), '2019', 'total', 5)
    collector.add('M', region('Kalmar'), '2019', 'total', 1)
    collector.add('M', region('Kalmar'), '2019', 'total', 2)
    expect(collector.observations.map((o) => o.value)).toEqual([5, 1])
    const [repeated, conflict] = collector.warnings()
    expect(repeated).toBe('1 värden fanns två gånger i filen med samma värde (Sollentuna) och lästes in en gång.')
    expect(conflict).toMatch(
      /^1 värden fanns två gånger i filen med olika värden, t\.ex\. Kalmar 2019 \(M\)\. Det första värdet används/
    )
  })

  it('warns once per unmatched region and per unknown cell text', () => {
    const collector = new ObservationCollector()
    for (const year of ['2020', '2021']) {
      collector.add('M', region('Okända kommunen'), year, 'total', 'n/a')
      collector.add('M', region('1917 Heby'), year, 'total', 1)
    }
    const warnings = collector.warnings()
    expect(warnings).toHaveLength(3)
    expect(warnings[0]).toMatch(/^Regionen "Okända kommunen" känns inte igen/)
    expect(warnings[1]).toMatch(/^Regionkoden 1917 \("Heby"\) finns inte i dagens indelning/)
    expect(warnings[2]).toMatch(/^Cellvärdet "n\/a" \(2 celler\) är varken ett tal/)
  })
})
