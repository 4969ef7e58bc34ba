import {
  ANONYMISED_PARTICIPANT,
  ANONYMISED_RESPONSIBLE,
  normalisePersonName,
  personFingerprint
} from '@/domain/privacy/person-name'
import { recordAudit } from '../audit-log'
import { nowIso, type KugghjulDatabase } from '../database'
import type { ActionRecord, AnonymisedContactPersonRecord, AuditEntityType, DialogueRecord } from '../records'
import { writeTransaction } from '../write-transaction'
import { anonymiseContactPersonRow } from './contact-person-anonymisation'
import { isAnonymised } from './contact-persons'
import { loadPersons } from './person-search'

export type AnonymisePersonResult =
  { ok: true; anonymised: number; organiserOf: string[] } | { ok: false; message: string }

/** The kinds of log entry that carry a member's id (a member's history and work). */
const memberEntryTypes: AuditEntityType[] = ['member', 'dialogue', 'actionPlan', 'action', 'evaluation']

/** Replaces the name (case and spacing aside) in the member's log entries; the caller holds a rw transaction over auditLog. */
async function scrubLog(db: KugghjulDatabase, memberId: string, name: string, marker: string): Promise<void> {
  const words = name.trim().split(/\s+/)
  if (name.trim().length < 3) return
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu')
  await db.auditLog
    .where('[entityType+entityId]')
    .anyOf(memberEntryTypes.map((type) => [type, memberId]))
    .modify((entry) => {
      entry.summary = entry.summary.replace(pattern, marker)
    })
}

/** Anonymises the participants of a dialogue that `matches`; returns their names as they were. */
async function anonymiseParticipants(
  db: KugghjulDatabase,
  dialogue: DialogueRecord,
  matches: (name: string) => boolean,
  again: boolean
): Promise<string[]> {
  const names = dialogue.participants.filter((p) => p.name !== ANONYMISED_PARTICIPANT && matches(p.name))
  if (names.length === 0) return []
  const participants = dialogue.participants.map((p) =>
    names.includes(p) ? { ...p, name: ANONYMISED_PARTICIPANT } : p
  )
  await db.dialogues.put({ ...dialogue, participants, updatedAt: nowIso() })
  for (const p of names) {
    await scrubLog(db, dialogue.memberId, p.name, ANONYMISED_PARTICIPANT)
    const role = p.role || 'utan angiven roll'
    const summary = `En deltagare (${role}) i dialogen ${dialogue.date} anonymiserades${again ? ' igen efter återställningen av en säkerhetskopia' : ''}: namnet togs bort.`
    await recordAudit(db, { entityType: 'dialogue', entityId: dialogue.memberId, action: 'update', summary })
  }
  return names.map((p) => p.name)
}

async function anonymiseResponsible(db: KugghjulDatabase, action: ActionRecord, again: boolean): Promise<void> {
  await db.actions.put({ ...action, responsible: ANONYMISED_RESPONSIBLE, updatedAt: nowIso() })
  await scrubLog(db, action.memberId, action.responsible, ANONYMISED_RESPONSIBLE)
  const summary = `Ansvarig för insatsen "${action.title}" anonymiserades${again ? ' igen efter återställningen av en säkerhetskopia' : ''}: namnet togs bort.`
  await recordAudit(db, { entityType: 'action', entityId: action.memberId, action: 'update', summary })
}

function listRow(
  kind: 'dialogueParticipant' | 'actionResponsible',
  memberId: string,
  recordId: string,
  name: string
): AnonymisedContactPersonRecord {
  const fingerprint = personFingerprint(recordId, name)
  return {
    personId: `${kind}:${recordId}:${fingerprint}`,
    memberId,
    anonymisedAt: nowIso(),
    kind,
    recordId,
    fingerprint
  }
}

/**
 * Anonymises a person wherever the register shows them (PersonHit.key): as
 * contact person (name, e-mail, phone), dialogue participant and action
 * responsible (the name; roles, dialogues and actions stay), in the log
 * entries too, and puts each on the list a restore applies again. An event
 * organiser is not changed here: `organiserOf` names those events, to be
 * edited in Årshjul. One transaction.
 */
export async function anonymisePerson(db: KugghjulDatabase, key: string): Promise<AnonymisePersonResult> {
  const tables = [db.members, db.dialogues, db.actions, db.events, db.auditLog, db.anonymisedContactPersons]
  return writeTransaction(db, tables, async () => {
    const hit = (await loadPersons(db)).find((p) => p.key === key)
    if (!hit)
      return { ok: false, message: 'Personen finns inte längre i registret, eller har redan anonymiserats. Sök igen.' }
    let anonymised = 0
    const organiserOf: string[] = []
    const done = new Set<string>()
    for (const a of hit.appearances) {
      if (a.kind === 'contactPerson') {
        const member = await db.members.get(a.memberId)
        const person = member?.contactPersons.find((c) => c.id === a.personId)
        if (!member || !person || isAnonymised(person)) continue
        await anonymiseContactPersonRow(
          db,
          member,
          person,
          `En kontaktperson (${person.role || 'utan angiven roll'}) anonymiserades: namn, e-post och telefon togs bort.`
        )
        await db.anonymisedContactPersons.put({ personId: person.id, memberId: member.id, anonymisedAt: nowIso() })
        anonymised++
      } else if (a.kind === 'dialogueParticipant' && !done.has(a.dialogueId)) {
        done.add(a.dialogueId)
        const dialogue = await db.dialogues.get(a.dialogueId)
        if (!dialogue) continue
        const names = await anonymiseParticipants(db, dialogue, (name) => normalisePersonName(name) === key, false)
        await db.anonymisedContactPersons.bulkPut(
          names.map((name) => listRow('dialogueParticipant', dialogue.memberId, dialogue.id, name))
        )
        anonymised += names.length
      } else if (a.kind === 'actionResponsible') {
        const action = await db.actions.get(a.actionId)
        if (!action || action.responsible === ANONYMISED_RESPONSIBLE) continue
        await db.anonymisedContactPersons.put(
          listRow('actionResponsible', action.memberId, action.id, action.responsible)
        )
        await anonymiseResponsible(db, action, false)
        anonymised++
      } else if (a.kind === 'eventOrganiser') {
        organiserOf.push(`${a.eventTitle} ${a.date}`)
      }
    }
    return { ok: true, anonymised, organiserOf }
  })
}

/**
 * After a restore, for a listed participant or responsible: anonymises the
 * restored dialogue's participants, or the action's responsible, whose name
 * has the row's fingerprint. Returns how many were anonymised again.
 */
export async function reapplyRecordAnonymisation(
  db: KugghjulDatabase,
  row: AnonymisedContactPersonRecord
): Promise<number> {
  const { recordId, fingerprint } = row
  if (!recordId || !fingerprint) return 0
  if (row.kind === 'dialogueParticipant') {
    const dialogue = await db.dialogues.get(recordId)
    if (!dialogue) return 0
    return (
      await anonymiseParticipants(db, dialogue, (name) => personFingerprint(recordId, name) === fingerprint, true)
    ).length
  }
  const action = await db.actions.get(recordId)
  if (
    !action ||
    action.responsible === ANONYMISED_RESPONSIBLE ||
    personFingerprint(recordId, action.responsible) !== fingerprint
  )
    return 0
  await anonymiseResponsible(db, action, true)
  return 1
}
