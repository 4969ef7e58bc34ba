import { actionStatuses } from '@/domain/action-plans/action'
import { actionPlanStatuses, ambitionLevels } from '@/domain/action-plans/action-plan'
import { eventKinds } from '@/domain/calendar/calendar-event'
import { MAX_ORGANISATION_LENGTH } from '@/domain/calendar/attendance'
import { dialogueKinds, dialogueStatuses } from '@/domain/dialogues/dialogue'
import { perspectives } from '@/domain/perspectives'
import {
  integer,
  isoDate,
  list,
  nonEmptyText,
  nullable,
  object,
  oneOf,
  optional,
  text,
  timestamp,
  type Check
} from './record-shape'
import type { TableRule } from './table-rules'

/**
 * Backup rules for the tables of schema version 3: dialogues, action plans,
 * actions, events, attendance and networks, and non-member attendance
 * (version 8) (see table-rules.ts).
 */
const timestamps = { createdAt: timestamp, updatedAt: timestamp }
const id = nonEmptyText(100)
const ids = list(nonEmptyText(100), 10_000)
const goals = list(integer(1, 6), 6)
const time: Check = (v) =>
  typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? null : 'är ingen klocktid (TT:MM)'
const count = integer(0, 100_000)
const counts = { women: count, men: count, nonBinary: count, unknown: count }
/** Absent on dialogues and actions saved before the county profile had perspectives. */
const perspectiveTags = optional(list(oneOf(perspectives), perspectives.length))
const member = { field: 'memberId', table: 'members', target: 'en verksamhet' }
const period = { field: 'periodId', table: 'membershipPeriods', target: 'en anslutningsperiod' }

const statisticsTarget = object({
  datasetId: nonEmptyText(200),
  measure: nonEmptyText(500),
  regionCode: nonEmptyText(20),
  sex: nullable(oneOf(['women', 'men', 'total'])),
  targetValue: (v) => (typeof v === 'number' && Number.isFinite(v) ? null : 'är inget tal'),
  targetYear: integer(2000, 2100)
})

export const memberWorkTableRules: Readonly<Record<string, TableRule>> = {
  dialogues: {
    label: 'Dialoger',
    record: object({
      id,
      memberId: id,
      periodId: id,
      date: isoDate,
      status: oneOf(dialogueStatuses),
      kind: oneOf(dialogueKinds),
      participants: list(object({ name: text(200), role: text(200) }), 50),
      needs: text(),
      agreements: text(),
      goals,
      focusAreaIds: ids,
      perspectives: perspectiveTags,
      nextFollowUpOn: nullable(isoDate),
      ...timestamps
    }),
    references: [member, period]
  },
  actionPlans: {
    label: 'Insatsplaner',
    record: object({
      id,
      memberId: id,
      periodId: id,
      ambitionLevel: oneOf(ambitionLevels),
      ambition: text(4000),
      status: oneOf(actionPlanStatuses),
      establishedOn: nullable(isoDate),
      ...timestamps
    }),
    references: [member, period]
  },
  actions: {
    label: 'Insatser',
    record: object({
      id,
      actionPlanId: id,
      memberId: id,
      periodId: id,
      title: nonEmptyText(200),
      description: text(),
      goals,
      focusAreaIds: ids,
      perspectives: perspectiveTags,
      responsible: text(200),
      startDate: isoDate,
      dueDate: nullable(isoDate),
      status: oneOf(actionStatuses),
      progressNotes: list(object({ id, date: isoDate, text: text() }), 1000),
      statisticsTarget: nullable(statisticsTarget),
      ...timestamps
    }),
    references: [{ field: 'actionPlanId', table: 'actionPlans', target: 'en insatsplan' }, member, period]
  },
  events: {
    label: 'Aktiviteter i årshjulet',
    record: object({
      id,
      title: nonEmptyText(200),
      kind: oneOf(eventKinds),
      date: isoDate,
      endDate: optional(isoDate),
      startTime: nullable(time),
      endTime: nullable(time),
      location: text(300),
      link: text(2000),
      description: text(),
      focusAreaIds: ids,
      goals,
      organiser: text(200),
      invitedMemberIds: ids,
      invitedNetworkIds: ids,
      networkId: nullable(id),
      ...timestamps
    }),
    references: [
      { field: 'invitedMemberIds', table: 'members', target: 'en verksamhet' },
      { field: 'invitedNetworkIds', table: 'networks', target: 'ett nätverk' },
      { field: 'networkId', table: 'networks', target: 'ett nätverk', optional: true }
    ]
  },
  attendance: {
    label: 'Deltagande',
    record: object({ id, eventId: id, memberId: id, ...counts, ...timestamps }),
    references: [{ field: 'eventId', table: 'events', target: 'en aktivitet' }, member]
  },
  nonMemberAttendance: {
    label: 'Deltagare utanför anslutna verksamheter',
    record: object({ id, eventId: id, organisation: text(MAX_ORGANISATION_LENGTH), ...counts, ...timestamps }),
    references: [{ field: 'eventId', table: 'events', target: 'en aktivitet' }]
  },
  networks: {
    label: 'Nätverk',
    record: object({
      id,
      name: nonEmptyText(200),
      description: text(),
      memberIds: ids,
      contact: text(500),
      ...timestamps
    }),
    references: [{ field: 'memberIds', table: 'members', target: 'en verksamhet' }]
  }
}
