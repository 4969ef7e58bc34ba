import type { MemberType } from '../members/member-type'

/**
 * Made-up but realistic organisation names per member type. `{place}` is a
 * kommun name, `{county}` the county ("Kalmar län"), `{surname}` a family name.
 */
export const nameTemplates: Readonly<Record<Exclude<MemberType, 'municipality' | 'region'>, readonly string[]>> = {
  governmentAgency: [
    'Länsstyrelsen i {county}',
    'Arbetsförmedlingen {place}',
    'Försäkringskassan {place}',
    'Polisen lokalpolisområde {place}',
    'Kriminalvården frivård {place}',
    'Skatteverket {place}',
    'Migrationsverket {place}'
  ],
  municipalAssociation: [
    'Räddningstjänsten {place}',
    'Samordningsförbundet {place}',
    'Gymnasieförbundet {place}',
    '{place} Vatten kommunalförbund',
    'Kommunalförbundet Miljö och Hälsa {place}'
  ],
  nonProfit: [
    'Brottsofferjouren {place}',
    'Kvinnojouren {place}',
    'Tjejjouren {place}',
    'Röda Korset {place}',
    'Rädda Barnen {place}',
    'IFK {place}',
    '{place} Idrottsallians',
    'ABF {place}',
    'Studieförbundet Vuxenskolan {place}',
    'Friskis&Svettis {place}',
    'Föreningen Mötesplats {place}',
    'RFSL {place}'
  ],
  company: [
    '{place} Energi AB',
    '{place}hem AB',
    '{surname}s Bygg AB',
    '{surname} Konsult AB',
    '{place} Taxi AB',
    'Åkeri {surname} AB',
    '{surname}s Rör & Värme AB',
    '{place} Revision AB',
    'Östra {place} Fastigheter AB'
  ],
  other: [
    'Svenska kyrkan {place} församling',
    '{place} folkhögskola',
    'Stiftelsen {place} slott',
    '{place} Hembygdsförening'
  ]
}

/** "Kalmar kommun", "Borgholms kommun", "Torsås kommun": genitive s after most consonants. */
export function municipalityMemberName(municipality: string): string {
  return /[bcdfghjklmnpqtvwz]$/i.test(municipality) ? `${municipality}s kommun` : `${municipality} kommun`
}

export const surnames = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Jönsson',
  'Lindberg',
  'Jakobsson',
  'Magnusson',
  'Lindström',
  'Olofsson',
  'Lindqvist',
  'Lindgren',
  'Berg',
  'Axelsson',
  'Bergström',
  'Lundberg',
  'Lundqvist',
  'Mattsson',
  'Berglund',
  'Fredriksson',
  'Sandberg',
  'Henriksson',
  'Forsberg',
  'Sjöberg',
  'Wallin',
  'Engström',
  'Danielsson',
  'Håkansson',
  'Eklund',
  'Åberg',
  'Öberg',
  'Ali',
  'Mohammed',
  'Nguyen',
  'Yilmaz',
  'Kovač',
  'Holm',
  'Ström',
  'Åkesson'
] as const

export const givenNames = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Lena',
  'Emma',
  'Kerstin',
  'Malin',
  'Ingrid',
  'Åsa',
  'Fatima',
  'Elin',
  'Linnéa',
  'Amira',
  'Lars',
  'Anders',
  'Johan',
  'Per',
  'Erik',
  'Karl',
  'Mikael',
  'Peter',
  'Jonas',
  'Ahmed',
  'Björn',
  'Örjan',
  'Ali',
  'Nils',
  'Oskar',
  'Kim',
  'Robin'
] as const

export const contactRoles = [
  'Jämställdhetsstrateg',
  'HR-chef',
  'Kommundirektör',
  'Verksamhetschef',
  'Ordförande',
  'Utvecklingsledare',
  'Folkhälsosamordnare',
  'Verksamhetsutvecklare',
  'Personalchef',
  'Kanslichef',
  'Samordnare våld i nära relationer'
] as const

export const endingReasons = [
  'Verksamheten valde att inte förnya anslutningen.',
  'Verksamheten har gått upp i en annan organisation.',
  'Ledningen prioriterar andra utvecklingsområden under perioden.',
  'Föreningen har upplösts.'
] as const

export const streetNames = [
  'Storgatan',
  'Kungsgatan',
  'Norra vägen',
  'Södra Långgatan',
  'Stationsgatan',
  'Skolgatan',
  'Järnvägsgatan',
  'Östra Vägen'
] as const

/** "Nybro Energi AB" → "nybroenergi": for made-up e-mail and web addresses. */
export function domainSlug(name: string): string {
  return name
    .toLocaleLowerCase('sv')
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/č/g, 'c')
    .replace(/\b(ab|kommun|i)\b/g, '')
    .replace(/[^a-z0-9]/g, '')
}
