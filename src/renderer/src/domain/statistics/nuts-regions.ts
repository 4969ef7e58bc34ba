/**
 * Eurostat's NUTS codes for Sweden (NUTS 2021/2024). NUTS 3 is the län;
 * NUTS 1 (landsdelar) and NUTS 2 (riksområden) group several län and have
 * no SCB code of their own. "SE" alone is the country.
 */
export const nuts3ToCounty: ReadonlyMap<string, string> = new Map([
  ['SE110', '01'],
  ['SE121', '03'],
  ['SE122', '04'],
  ['SE123', '05'],
  ['SE124', '18'],
  ['SE125', '19'],
  ['SE211', '06'],
  ['SE212', '07'],
  ['SE213', '08'],
  ['SE214', '09'],
  ['SE221', '10'],
  ['SE224', '12'],
  ['SE231', '13'],
  ['SE232', '14'],
  ['SE311', '17'],
  ['SE312', '20'],
  ['SE313', '21'],
  ['SE321', '22'],
  ['SE322', '23'],
  ['SE331', '24'],
  ['SE332', '25']
])

const nutsGroupNames: Readonly<Record<string, string>> = {
  SE1: 'Östra Sverige',
  SE2: 'Södra Sverige',
  SE3: 'Norra Sverige',
  SE11: 'Stockholm',
  SE12: 'Östra Mellansverige',
  SE21: 'Småland med öarna',
  SE22: 'Sydsverige',
  SE23: 'Västsverige',
  SE31: 'Norra Mellansverige',
  SE32: 'Mellersta Norrland',
  SE33: 'Övre Norrland'
}

export type NutsReading =
  { kind: 'country' } | { kind: 'county'; code: string } | { kind: 'group'; code: string; name: string } | null

/** "SE213" → Kalmar län ('08'); "SE" → the country; "SE1", "SE11" → a group of län; anything else → null. */
export function readNutsCode(code: string): NutsReading {
  const upper = code.toUpperCase()
  if (upper === 'SE' || upper === 'SE0' || upper === 'SE00' || upper === 'SE000') return { kind: 'country' }
  const county = nuts3ToCounty.get(upper)
  if (county) return { kind: 'county', code: county }
  const group = nutsGroupNames[upper]
  return group ? { kind: 'group', code: upper, name: group } : null
}
