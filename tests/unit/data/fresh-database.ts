import 'fake-indexeddb/auto' // test files import this first too: Dexie picks up indexedDB when it loads
import { afterEach } from 'vitest'
import { KugghjulDatabase } from '@/data/database'
import type { SchemaVersion } from '@/data/schema'
import { emptyMemberDraft, type MemberDraft } from '@/domain/members/member'
import type { Decision } from '@/domain/members/membership-period'

const opened: KugghjulDatabase[] = []

/** A database of its own for each test (in fake-indexeddb), deleted afterwards. */
export function freshDatabase(
  name = `test-${crypto.randomUUID()}`,
  versions?: readonly SchemaVersion[]
): KugghjulDatabase {
  const db = versions ? new KugghjulDatabase(name, versions) : new KugghjulDatabase(name)
  opened.push(db)
  return db
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

export const today = '2026-11-23'

export function kommunDraft(overrides: Partial<MemberDraft> = {}): MemberDraft {
  return {
    ...emptyMemberDraft('municipality'),
    name: 'Kalmar kommun',
    orgNumber: '212000-0746',
    website: 'www.kalmar.se',
    contactPersons: [
      { name: 'Åsa Öberg', role: 'Jämställdhetsstrateg', email: 'asa.oberg@kalmar.se', phone: '0480-450 00 00' }
    ],
    ...overrides
  }
}

export function decisionOn(decisionDate: string, decisionReference = 'KS 2024/112'): Decision {
  return { decisionDate, decisionReference, decidedBy: 'Kommunstyrelsen' }
}
