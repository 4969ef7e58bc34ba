/**
 * The 21 län with SCB länskod and länsbokstav (used in certificate numbers).
 * Generated from ../shared/fixtures/regions/lan.csv (SCB, indelning 2024-01-01).
 */
export interface County {
  code: string
  name: string
  letter: string
}

export const counties: readonly County[] = [
  { code: '01', name: 'Stockholms län', letter: 'AB' },
  { code: '03', name: 'Uppsala län', letter: 'C' },
  { code: '04', name: 'Södermanlands län', letter: 'D' },
  { code: '05', name: 'Östergötlands län', letter: 'E' },
  { code: '06', name: 'Jönköpings län', letter: 'F' },
  { code: '07', name: 'Kronobergs län', letter: 'G' },
  { code: '08', name: 'Kalmar län', letter: 'H' },
  { code: '09', name: 'Gotlands län', letter: 'I' },
  { code: '10', name: 'Blekinge län', letter: 'K' },
  { code: '12', name: 'Skåne län', letter: 'M' },
  { code: '13', name: 'Hallands län', letter: 'N' },
  { code: '14', name: 'Västra Götalands län', letter: 'O' },
  { code: '17', name: 'Värmlands län', letter: 'S' },
  { code: '18', name: 'Örebro län', letter: 'T' },
  { code: '19', name: 'Västmanlands län', letter: 'U' },
  { code: '20', name: 'Dalarnas län', letter: 'W' },
  { code: '21', name: 'Gävleborgs län', letter: 'X' },
  { code: '22', name: 'Västernorrlands län', letter: 'Y' },
  { code: '23', name: 'Jämtlands län', letter: 'Z' },
  { code: '24', name: 'Västerbottens län', letter: 'AC' },
  { code: '25', name: 'Norrbottens län', letter: 'BD' }
]
