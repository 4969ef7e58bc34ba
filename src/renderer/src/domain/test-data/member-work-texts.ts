/** Made-up but realistic Swedish texts for generated dialogues, actions, networks and events. */

export const needs = [
  'Stöd i att ta fram en jämställdhetsanalys av verksamhetens resursfördelning.',
  'Behov av kompetens om mäns våld mot kvinnor bland chefer och medarbetare.',
  'Vill kartlägga löneskillnader mellan kvinnor och män i likvärdiga arbeten.',
  'Efterfrågar könsuppdelad statistik för att följa upp brukarundersökningar.',
  'Behöver en plan för jämställd rekrytering till ledande befattningar.',
  'Vill stärka arbetet med jämställd hälsa och sjukfrånvaro.',
  'Behov av att integrera jämställdhet i styrdokument och budgetprocess.'
] as const

export const agreements = [
  'Länsstyrelsen skickar underlag för jämställdhetsanalys; verksamheten utser en kontaktperson.',
  'Verksamheten tar fram ett utkast till insatsplan till nästa möte.',
  'Ledningsgruppen deltar i informationspass om jämställdhetsintegrering.',
  'Två medarbetare går länets utbildning om våld i nära relationer.',
  'Uppföljning av insatserna sker vid nästa dialog.',
  'Verksamheten bjuds in till länets nätverk för jämställd hälsa.'
] as const

export const participantRoles = [
  'Jämställdhetsstrateg',
  'HR-chef',
  'Kommundirektör',
  'Verksamhetschef',
  'Utvecklingsledare',
  'Folkhälsosamordnare'
] as const

export const actionTitles = [
  'Lönekartläggning med könsperspektiv',
  'Jämställdhetsanalys av föreningsbidrag',
  'Utbildning om våld i nära relationer för chefer',
  'Könsuppdelad statistik i årsredovisningen',
  'Jämställd rekrytering till ledningsgruppen',
  'Heltid som norm i vård och omsorg',
  'Kartläggning av sjukfrånvaro per kön',
  'Rutiner för att upptäcka våldsutsatthet',
  'Jämställd resursfördelning inom fritid',
  'Föräldraledighet och karriär – dialog med medarbetare',
  'Jämställdhetsintegrering av budgetprocessen',
  'Våldsförebyggande arbete i skolan'
] as const

export const responsibleRoles = [
  'HR-chefen',
  'Jämställdhetsstrategen',
  'Förvaltningschefen',
  'Ekonomichefen',
  'Rektor',
  'Verksamhetsutvecklaren'
] as const

export const progressTexts = [
  'Arbetsgruppen har haft sitt första möte.',
  'Underlaget är insamlat och analysen pågår.',
  'Resultatet presenterades för ledningsgruppen.',
  'Förseningar på grund av personalbyte; ny tidplan satt.'
] as const

export const networkNames = [
  'Nätverket för jämställd hälsa',
  'Nätverket mot mäns våld mot kvinnor',
  'Jämställdhetsstrateger i länet',
  'Nätverket för ekonomisk jämställdhet',
  'Nätverket för jämställd civil beredskap',
  'Idéburna organisationers jämställdhetsnätverk',
  'HR-nätverket för jämställd rekrytering',
  'Nätverket för utrikes födda kvinnors etablering'
] as const

export const eventTitles: Readonly<
  Record<'networkMeeting' | 'training' | 'briefing' | 'conference' | 'other', readonly string[]>
> = {
  networkMeeting: ['Nätverksträff', 'Nätverksträff med erfarenhetsutbyte', 'Digital nätverksträff'],
  training: [
    'Utbildning i jämställdhetsintegrering',
    'Utbildning: våld i nära relationer',
    'Grundkurs i könsuppdelad statistik'
  ],
  briefing: ['Informationspass för ledningen', 'Informationspass för nya verksamheter'],
  conference: ['Länets jämställdhetskonferens', 'Konferens om jämställd hälsa'],
  other: ['Frukostseminarium', 'Webbinarium om jämställd beredskap']
}

export const eventPlaces = [
  'Residenset, Kalmar',
  'Länsstyrelsen, Kalmar',
  'Stadshuset, Västervik',
  'Folkets hus, Nybro',
  'Kulturhuset, Oskarshamn',
  ''
] as const
