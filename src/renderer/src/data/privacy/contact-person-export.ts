import type { KugghjulDatabase } from '../database'
import type { AuditEntry } from '../records'
import { contactPersonEntries } from './contact-persons'

/** Everything Kugghjul holds about one contact person (registerutdrag), as the person may ask for it. */
export interface ContactPersonExport {
  /** Swedish description for the reader of the file. */
  description: string
  exportedAt: string
  person: { name: string; role: string; email: string; phone: string }
  organisation: { name: string; orgNumber: string }
  /** Where the data is stored in Kugghjul. */
  storedIn: string[]
  /** Log entries of the organisation that mention the person's name, e-mail or phone. */
  logEntries: Pick<AuditEntry, 'at' | 'summary'>[]
}

export type ContactPersonExportResult =
  | { ok: true; export: ContactPersonExport; json: string; suggestedName: string }
  | { ok: false; message: string }

export async function exportContactPerson(db: KugghjulDatabase, memberId: string, personId: string, now = new Date()): Promise<ContactPersonExportResult> {
  const member = await db.members.get(memberId)
  const entry = member && contactPersonEntries(member).find((e) => e.person.id === personId)
  if (!member || !entry) return { ok: false, message: 'Kontaktpersonen finns inte längre i registret. Gå tillbaka till listan och försök igen.' }
  const { name, role, email, phone } = entry.person
  const identifiers = [name, email, phone].filter((s) => s.trim().length >= 3)
  const log = await db.auditLog.where('[entityType+entityId]').equals(['member', memberId]).sortBy('at')
  const data: ContactPersonExport = {
    description: 'Utdrag ur Kugghjul: alla uppgifter som finns sparade om kontaktpersonen.',
    exportedAt: now.toISOString(),
    person: { name, role, email, phone },
    organisation: { name: member.name, orgNumber: member.orgNumber },
    storedIn: ['Anslutna verksamheter → kontaktpersoner (namn, roll, e-post, telefon)'],
    logEntries: log.filter((e) => identifiers.some((id) => e.summary.includes(id))).map(({ at, summary }) => ({ at, summary }))
  }
  const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'kontaktperson'
  return { ok: true, export: data, json: JSON.stringify(data, null, 2), suggestedName: `registerutdrag-${slug}.json` }
}
