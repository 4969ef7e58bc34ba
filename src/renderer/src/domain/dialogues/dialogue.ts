import { isOneOf, type GoalNumber } from '../draft-checks'
import type { Perspective } from '../perspectives'

/** The kinds of dialogue, in the order the UI lists them. */
export const dialogueKinds = ['initial', 'followUp', 'evaluation', 'other'] as const
export type DialogueKind = (typeof dialogueKinds)[number]

export const dialogueKindLabels: Readonly<Record<DialogueKind, string>> = {
  initial: 'Inledande dialog',
  followUp: 'Uppföljning',
  evaluation: 'Utvärderingsdialog',
  other: 'Annan'
}

export function isDialogueKind(value: string): value is DialogueKind {
  return isOneOf(dialogueKinds, value)
}

/** A dialogue is booked ahead (planerad) and later marked held (genomförd); only held ones count in the figures. */
export const dialogueStatuses = ['planned', 'held'] as const
export type DialogueStatus = (typeof dialogueStatuses)[number]

export const dialogueStatusLabels: Readonly<Record<DialogueStatus, string>> = {
  planned: 'Planerad',
  held: 'Genomförd'
}

/** Someone who took part, as free text: no personal data beyond name and role. */
export interface Participant {
  name: string
  role: string
}

/** A meeting with a member (dialog), as stored. */
export interface Dialogue {
  id: string
  memberId: string
  /** The membership period the dialogue belongs to. */
  periodId: string
  /** The day it was (or is to be) held, YYYY-MM-DD. */
  date: string
  status: DialogueStatus
  kind: DialogueKind
  participants: Participant[]
  /** Needs identified (behov). */
  needs: string
  /** What was agreed (överenskommelser). */
  agreements: string
  /** National sub-goals touched, 1–6 in order. */
  goals: GoalNumber[]
  /** County focus areas touched, ids from the county profile. */
  focusAreaIds: string[]
  /** Perspectives of the county's strategy (perspectives.ts); absent on dialogues saved before they existed. */
  perspectives?: Perspective[]
  /** When to follow up, or null when no follow-up is planned. */
  nextFollowUpOn: string | null
}

/** What the dialogue form holds while the user types. */
export interface DialogueDraft {
  /** '' lets the period follow from the date (see resolveDialoguePeriod). */
  periodId: string
  date: string
  status: DialogueStatus
  kind: DialogueKind
  participants: Participant[]
  needs: string
  agreements: string
  goals: number[]
  focusAreaIds: string[]
  perspectives: Perspective[]
  /** '' for no follow-up. */
  nextFollowUpOn: string
}

export function emptyDialogueDraft(
  date: string,
  kind: DialogueKind = 'initial',
  status: DialogueStatus = 'held'
): DialogueDraft {
  return {
    periodId: '',
    date,
    status,
    kind,
    participants: [],
    needs: '',
    agreements: '',
    goals: [],
    focusAreaIds: [],
    perspectives: [],
    nextFollowUpOn: ''
  }
}

export function dialogueToDraft(dialogue: Dialogue): DialogueDraft {
  return {
    periodId: dialogue.periodId,
    date: dialogue.date,
    status: dialogue.status,
    kind: dialogue.kind,
    participants: dialogue.participants.map((p) => ({ ...p })),
    needs: dialogue.needs,
    agreements: dialogue.agreements,
    goals: [...dialogue.goals],
    focusAreaIds: [...dialogue.focusAreaIds],
    perspectives: [...(dialogue.perspectives ?? [])],
    nextFollowUpOn: dialogue.nextFollowUpOn ?? ''
  }
}

/** Latest first: by date, then by id so the order is stable. */
export function compareDialoguesNewestFirst(a: Dialogue, b: Dialogue): number {
  return b.date.localeCompare(a.date) || b.id.localeCompare(a.id)
}
