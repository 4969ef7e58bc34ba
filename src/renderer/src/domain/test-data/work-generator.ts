import type { Action } from '../action-plans/action'
import type { ActionPlan } from '../action-plans/action-plan'
import type { Attendance } from '../calendar/attendance'
import type { CalendarEvent } from '../calendar/calendar-event'
import type { Dialogue } from '../dialogues/dialogue'
import { yearOf } from '../iso-date'
import type { Network } from '../networks/network'
import { generateAttendance, generateEvents, generateNetworks } from './calendar-generator'
import { generateActions, generateDialogues, generatePlans, type MemberWorkOptions } from './member-work-generator'
import { seededRandom } from './seeded-random'

export interface GenerateWorkOptions extends MemberWorkOptions {
  seed: number
  /** Default 5 (at most 8). */
  networkCount?: number
  /** Events per calendar year, default 24. */
  eventsPerYear?: number
  /** How many years of årshjul up to and including today's, plus next year. Default 2. */
  eventYears?: number
}

export interface GeneratedWork {
  dialogues: Dialogue[]
  plans: ActionPlan[]
  actions: Action[]
  networks: Network[]
  events: CalendarEvent[]
  attendance: Attendance[]
}

/**
 * The coordinator's work with a generated register: exactly `dialogueCount`
 * dialogues and `actionCount` actions (when there are plans to hold them),
 * plans for most started periods, networks, events and attendance. The same
 * options always give the same data. Records have no timestamps; whoever
 * stores them adds createdAt / updatedAt.
 */
export function generateMemberWork(options: GenerateWorkOptions): GeneratedWork {
  const rng = seededRandom(options.seed)
  const dialogues = generateDialogues(rng, options)
  const plans = generatePlans(rng, options)
  const actions = generateActions(rng, options, plans)
  const networks = generateNetworks(rng, options.members, options.networkCount ?? 5)
  const thisYear = yearOf(options.today)
  const years = Array.from(
    { length: (options.eventYears ?? 2) + 1 },
    (_, i) => thisYear - (options.eventYears ?? 2) + 1 + i
  )
  const events = generateEvents(rng, {
    members: options.members,
    networks,
    years,
    perYear: options.eventsPerYear ?? 24,
    focusAreaIds: options.focusAreaIds
  })
  const attendance = generateAttendance(rng, events, networks, options.today)
  return { dialogues, plans, actions, networks, events, attendance }
}
