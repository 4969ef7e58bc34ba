import { formatProseDate } from '../swedish-format'

/**
 * The seat (residensstad) of each of the 21 länsstyrelser, by länskod: the
 * place in a document's place-and-date line ("Kalmar den 5 december 2026").
 * Skåne's länsstyrelse has its seat in Malmö (and an office in Kristianstad).
 */
export const countySeats: Readonly<Record<string, string>> = {
  '01': 'Stockholm',
  '03': 'Uppsala',
  '04': 'Nyköping',
  '05': 'Linköping',
  '06': 'Jönköping',
  '07': 'Växjö',
  '08': 'Kalmar',
  '09': 'Visby',
  '10': 'Karlskrona',
  '12': 'Malmö',
  '13': 'Halmstad',
  '14': 'Göteborg',
  '17': 'Karlstad',
  '18': 'Örebro',
  '19': 'Västerås',
  '20': 'Falun',
  '21': 'Gävle',
  '22': 'Härnösand',
  '23': 'Östersund',
  '24': 'Umeå',
  '25': 'Luleå'
}

/** The seat of the county's länsstyrelse, or '' for a code that is not a county. */
export function countySeat(countyCode: string): string {
  return countySeats[countyCode] ?? ''
}

/** The place-and-date line of a document from the länsstyrelse: "Kalmar den 5 december 2026". */
export function placeAndDate(countyCode: string, isoDate: string): string {
  const seat = countySeat(countyCode)
  const date = formatProseDate(isoDate)
  return seat ? `${seat} den ${date}` : `Den ${date}`
}
