import { describe, expect, it } from 'vitest'
import { caseNumberProblem, caseOfficerLine, reportHandling } from '@/domain/report-handling'
import { counties } from '@/domain/regions/counties'
import { countySeat, countySeats, placeAndDate } from '@/domain/regions/county-seats'

describe('seats of the länsstyrelser and the place-and-date line', () => {
  it('has a seat for each of the 21 counties and for nothing else', () => {
    expect(Object.keys(countySeats).sort()).toEqual(counties.map((c) => c.code).sort())
    const byName = Object.fromEntries(counties.map((c) => [c.name, countySeat(c.code)]))
    expect(byName).toEqual({
      'Stockholms län': 'Stockholm',
      'Uppsala län': 'Uppsala',
      'Södermanlands län': 'Nyköping',
      'Östergötlands län': 'Linköping',
      'Jönköpings län': 'Jönköping',
      'Kronobergs län': 'Växjö',
      'Kalmar län': 'Kalmar',
      'Gotlands län': 'Visby',
      'Blekinge län': 'Karlskrona',
      'Skåne län': 'Malmö',
      'Hallands län': 'Halmstad',
      'Västra Götalands län': 'Göteborg',
      'Värmlands län': 'Karlstad',
      'Örebro län': 'Örebro',
      'Västmanlands län': 'Västerås',
      'Dalarnas län': 'Falun',
      'Gävleborgs län': 'Gävle',
      'Västernorrlands län': 'Härnösand',
      'Jämtlands län': 'Östersund',
      'Västerbottens län': 'Umeå',
      'Norrbottens län': 'Luleå'
    })
  })

  it('writes "<seat> den <date>" with the date in words', () => {
    expect(placeAndDate('08', '2026-12-05')).toBe('Kalmar den 5 december 2026')
    expect(placeAndDate('25', '2027-01-31')).toBe('Luleå den 31 januari 2027')
    expect(placeAndDate('99', '2026-12-05')).toBe('Den 5 december 2026')
  })

  it('names the handläggare only when the profile has a name, and prints a given diarienummer trimmed', () => {
    const officer = { name: ' Karin Åberg ', title: 'Jämställdhetssamordnare', email: 'karin.aberg@lansstyrelsen.se' }
    const handling = reportHandling({ countyCode: '13', caseOfficer: officer }, '2026-03-01', ' 800-1234-2026 ')
    expect(handling).toEqual({
      placeAndDate: 'Halmstad den 1 mars 2026',
      caseOfficer: { ...officer, name: 'Karin Åberg' },
      caseNumber: '800-1234-2026'
    })
    expect(caseOfficerLine(handling.caseOfficer!)).toBe(
      'Karin Åberg, Jämställdhetssamordnare, karin.aberg@lansstyrelsen.se'
    )
    expect(caseOfficerLine({ name: 'Karin Åberg', title: '', email: '' })).toBe('Karin Åberg')
    expect(
      reportHandling({ countyCode: '13', caseOfficer: { name: ' ', title: 'x', email: '' } }, '2026-03-01').caseOfficer
    ).toBeNull()
    expect(caseNumberProblem('')).toBeNull()
    expect(caseNumberProblem('x'.repeat(61))).toMatch(/högst 60 tecken/)
    expect(caseNumberProblem('800-1\n234')).toMatch(/på en rad/)
  })
})
