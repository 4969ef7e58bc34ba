import { actionStatusLabels, actionStatuses } from '../action-plans/action'
import { participantCountLabels, participantGroups } from '../calendar/attendance'
import { eventKindLabels, eventKinds } from '../calendar/calendar-event'
import { dialogueKindLabels, dialogueKinds } from '../dialogues/dialogue'
import { memberTypeLabels, memberTypes } from '../members/member-type'
import { nationalGoals } from '../national-goals'
import { formatNumber } from '../swedish-format'
import { focusAreaWords, type FocusAreaWords } from '../county-words'
import { annualFigureNotesIn, type AnnualFigureNote } from './annual-figure-notes'
import { goalKeys, type AnnualFigures } from './annual-figures'

/**
 * The årsuppföljning as tables, the one layout the screen, the PDF and the
 * .xlsx all show: three parts (anslutna verksamheter, prestationer, utfall),
 * each table with its rows, and a footnote key on the rows a definition
 * explains. Footnotes are numbered in the order they first appear.
 */
export interface FigureRow {
  label: string
  values: number[]
  /** A sub-row (e.g. per kind under a total). */
  indent?: boolean
  total?: boolean
  note?: AnnualFigureNote
}

export interface FigureTable {
  /** Short, unique: the .xlsx sheet name (at most 31 characters). */
  name: string
  caption: string
  /** Headers of the value columns; the first column is the row label. */
  headers: string[]
  rows: FigureRow[]
  /** A definition for the whole table. */
  note?: AnnualFigureNote
}

export interface FigurePart {
  title: string
  intro: string
  tables: FigureTable[]
}

const one = (label: string, value: number, extra: Partial<FigureRow> = {}): FigureRow => ({
  label,
  values: [value],
  ...extra
})

/**
 * An .xlsx sheet name (at most 31 characters, none of []:*?/\) for the table of
 * actions per area: "Insatser per fokusområde", or the county's plural when
 * its word makes that too long, or a neutral name.
 */
function focusAreaSheetName(words: FocusAreaWords): string {
  const fits = (name: string) => name.length <= 31 && !/[[\]:*?/\\]/.test(name)
  return [`Insatser per ${words.one}`, words.Many].find(fits) ?? 'Insatser per område'
}

/** `words` is what the county calls its focus areas (the table of actions per area). */
export function annualFigureParts(f: AnnualFigures, words: FocusAreaWords = focusAreaWords()): FigurePart[] {
  const m = f.members
  const share = m.municipalitiesInCounty === 0 ? 0 : (100 * m.municipalitiesJoined) / m.municipalitiesInCounty
  const p = f.participants
  return [
    {
      title: 'Anslutna verksamheter',
      intro: `Registrets ställning den 31 december ${f.year} och årets förändringar.`,
      tables: [
        {
          name: 'Anslutna',
          caption: 'Anslutna verksamheter vid årets slut',
          headers: ['Antal'],
          rows: [
            ...memberTypes.map((t) => one(memberTypeLabels[t], m.atYearEnd[t], { indent: true })),
            one('Anslutna verksamheter', m.atYearEndTotal, { total: true, note: 'atYearEnd' }),
            one('Nya anslutningar', m.new, { note: 'new' }),
            one('Förnyade anslutningar', m.renewed, { note: 'renewed' }),
            one('Avslutade anslutningar', m.ended, { note: 'ended' }),
            one(
              `Länets kommuner anslutna (av ${m.municipalitiesInCounty}, ${formatNumber(share, 0)} %)`,
              m.municipalitiesJoined,
              { note: 'municipalities' }
            )
          ]
        }
      ]
    },
    {
      title: 'Prestationer',
      intro: 'Det länsstyrelsen har gjort under året: stöddialoger, aktiviteter, intyg och utvärderingar.',
      tables: [
        {
          name: 'Dialoger',
          caption: 'Stöddialoger',
          headers: ['Antal'],
          rows: [
            one('Genomförda dialoger', f.dialogues.held, { total: true, note: 'dialoguesHeld' }),
            ...dialogueKinds.map((k) => one(dialogueKindLabels[k], f.dialogues.byKind[k], { indent: true })),
            one('Verksamheter med minst en dialog', f.dialogues.membersWithDialogue, { note: 'membersWithDialogue' })
          ]
        },
        {
          name: 'Aktiviteter',
          caption: 'Aktiviteter i årshjulet',
          headers: ['Antal'],
          rows: [
            one('Aktiviteter', f.events.held, { total: true, note: 'eventsHeld' }),
            ...eventKinds.map((k) => one(eventKindLabels[k], f.events.byKind[k], { indent: true }))
          ]
        },
        {
          name: 'Deltagare',
          caption: 'Deltagare i årets aktiviteter',
          headers: ['Antal'],
          rows: [
            ...participantGroups.map((g) => one(participantCountLabels[g], p[g], { indent: true })),
            one('Deltagare totalt', p.total, { total: true, note: 'participants' }),
            one('varav från anslutna verksamheter', p.members, { indent: true }),
            one('varav utanför anslutna verksamheter', p.nonMembers, { indent: true })
          ]
        },
        {
          name: 'Intyg och utvärderingar',
          caption: 'Intyg och utvärderingar',
          headers: ['Antal'],
          rows: [
            one('Utfärdade intyg', f.certificatesIssued, { note: 'certificatesIssued' }),
            one('Klara utvärderingar', f.evaluations.completed, { note: 'evaluationsCompleted' }),
            one('med beslut att förnya', f.evaluations.renewed, { indent: true }),
            one('med beslut att avsluta', f.evaluations.ended, { indent: true })
          ]
        }
      ]
    },
    {
      title: 'Utfall',
      intro: 'Det de anslutna verksamheterna har gjort: insatsplaner, insatser och bedömningar i utvärderingarna.',
      tables: [
        {
          name: 'Insatser',
          caption: 'Insatsplaner och insatser',
          headers: ['Antal'],
          rows: [
            one('Fastställda insatsplaner', f.plansAdopted, { note: 'plansAdopted' }),
            one('Insatser som startade under året', f.actions.started, { total: true, note: 'actionsStarted' })
          ]
        },
        {
          name: 'Insatser per status',
          caption: 'Insatser efter status i dag',
          headers: ['Insatser'],
          note: 'actionsByStatus',
          rows: [
            ...actionStatuses.map((s) => one(actionStatusLabels[s], f.actions.byStatus[s])),
            one('Insatser', f.actions.started, { total: true })
          ]
        },
        {
          name: 'Insatser per delmål',
          caption: 'Insatser per delmål',
          headers: ['Insatser'],
          note: 'actionsBySubGoal',
          rows: nationalGoals.map((g, i) => one(`${g.number}. ${g.name}`, f.actions.bySubGoal[goalKeys[i]!]))
        },
        {
          name: focusAreaSheetName(words),
          caption: `Insatser per ${words.one}`,
          headers: ['Insatser'],
          note: 'actionsByFocusArea',
          rows: f.actions.byFocusArea.map((a) => one(a.name, a.count))
        },
        {
          name: 'Bedömningar',
          caption: 'Bedömningar per delmål i klara utvärderingar',
          headers: ['Nivå 1', 'Nivå 2', 'Nivå 3'],
          note: 'assessments',
          rows: nationalGoals.map((g, i) => {
            const a = f.assessments[goalKeys[i]!]
            return { label: `${g.number}. ${g.name}`, values: [a[1], a[2], a[3]] }
          })
        }
      ]
    }
  ]
}

/** The footnotes in the order the parts first use them, numbered from 1. */
export function annualFigureFootnotes(
  parts: readonly FigurePart[],
  words: FocusAreaWords = focusAreaWords()
): { key: AnnualFigureNote; number: number; text: string }[] {
  const notes = annualFigureNotesIn(words)
  const keys = [
    ...new Set(
      parts.flatMap((p) =>
        p.tables.flatMap((t) =>
          [t.note, ...t.rows.map((r) => r.note)].filter((n): n is AnnualFigureNote => n !== undefined)
        )
      )
    )
  ]
  return keys.map((key, i) => ({ key, number: i + 1, text: notes[key] }))
}
