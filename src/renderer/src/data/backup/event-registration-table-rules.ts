import { nonEmptyText, object, timestamp } from './record-shape'
import type { TableRule } from './table-rules'

/** Backup rule for the registrations (anmälningar) of schema version 10 (see table-rules.ts). */
const id = nonEmptyText(100)

export const eventRegistrationTableRules: Readonly<Record<string, TableRule>> = {
  eventRegistrations: {
    label: 'Anmälningar till aktiviteter',
    record: object({ id, eventId: id, memberId: id, createdAt: timestamp, updatedAt: timestamp }),
    references: [
      { field: 'eventId', table: 'events', target: 'en aktivitet' },
      { field: 'memberId', table: 'members', target: 'en verksamhet' }
    ]
  }
}
