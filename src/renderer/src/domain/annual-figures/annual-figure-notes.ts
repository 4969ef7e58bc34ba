import type { FocusAreaWords } from '../county-words'

/**
 * What each figure of the årsuppföljning means, in Swedish, as the
 * documents' footnotes say it. These sentences describe the rules in
 * annual-figures.ts; change both together.
 */
export const annualFigureNotes = {
  atYearEnd:
    'En verksamhet räknas som ansluten vid årets slut när den inte är borttagen ur registret och någon av dess anslutningsperioder har startdatum senast den 31 december och slutdatum tidigast den 31 december, utan avslut daterat den 31 december eller tidigare.',
  municipalities:
    'Länets kommuner (kommunen själv som organisation) som är anslutna vid årets slut, av alla kommuner i länet.',
  new: 'Verksamheter vars första anslutningsperiod startar under året.',
  renewed: 'Verksamheter med en anslutningsperiod nummer 2 eller senare som startar under året.',
  ended: 'Verksamheter med ett avslut daterat under året.',
  dialoguesHeld: 'Stöddialoger med status genomförd, daterade under året. Planerade dialoger räknas inte.',
  membersWithDialogue: 'Olika verksamheter med minst en genomförd dialog under året.',
  eventsHeld: 'Aktiviteter i årshjulet daterade under året.',
  participants:
    'Summan av registrerat deltagande i årets aktiviteter, i fyra grupper. Deltagare från anslutna verksamheter och deltagare utanför dem redovisas för sig. Deltagande som registrerades som "annat eller ej angivet" innan de fyra grupperna infördes ingår i uppgift saknas.',
  certificatesIssued: 'Intyg med utfärdandedatum under året. En omutskrift av ett intyg är inte ett nytt intyg.',
  evaluationsCompleted:
    'Utvärderingar som blev klara med beslut under året (beslutsdagen), med beslutet att förnya eller avsluta anslutningen.',
  plansAdopted:
    'Insatsplaner som är fastställda i dag och har fastställelsedatum under året. En plan som har öppnats igen räknas inte.',
  actionsStarted: 'Insatser med startdatum under året, var och en en gång.',
  actionsBySubGoal:
    'Insatser med startdatum under året. En insats räknas under varje delmål den är kopplad till, så summan kan bli större än antalet insatser.',
  actionsByFocusArea: 'Insatser med startdatum under året, under varje fokusområde de är kopplade till.',
  actionsByStatus: 'Insatser med startdatum under året efter status i dag, var och en en gång.',
  assessments:
    'Bedömningar per delmål i utvärderingar som blev klara under året: 1 påbörjat, 2 etablerat, 3 integrerat i ordinarie verksamhet.'
} as const

export type AnnualFigureNote = keyof typeof annualFigureNotes

/** The notes in the county's own word for its focus areas ("strategiskt insatsområde" for Halland). */
export function annualFigureNotesIn(words: FocusAreaWords): Record<AnnualFigureNote, string> {
  return {
    ...annualFigureNotes,
    actionsByFocusArea: `Insatser med startdatum under året, under varje ${words.one} de är kopplade till.`
  }
}
