import type { Attendance } from '../calendar/attendance'
import { eventKinds, type CalendarEvent } from '../calendar/calendar-event'
import type { GoalNumber } from '../draft-checks'
import { addDays } from '../iso-date'
import type { Member } from '../members/member'
import type { Network } from '../networks/network'
import { givenNames, surnames } from './organisation-names'
import { eventPlaces, eventTitles, networkNames } from './member-work-texts'
import type { SeededRandom } from './seeded-random'

/** Networks, a year-by-year årshjul and attendance split by sex, for generated members. */

function sample<T>(rng: SeededRandom, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>()
  const wanted = Math.min(count, items.length)
  while (chosen.size < wanted) chosen.add(rng.pick(items))
  return [...chosen]
}

export function generateNetworks(rng: SeededRandom, members: readonly Member[], count: number): Network[] {
  return networkNames.slice(0, count).map((name) => ({
    id: rng.uuid(),
    name,
    description: `${name} träffas fyra gånger per år för erfarenhetsutbyte och kompetensutveckling.`,
    memberIds: sample(rng, members, rng.int(5, 40)).map((m) => m.id),
    contact: `${rng.pick(givenNames)} ${rng.pick(surnames)}, Länsstyrelsen`
  }))
}

/** `perYear` events in each of `years`; network meetings belong to (and invite) a network. */
export function generateEvents(
  rng: SeededRandom,
  args: {
    members: readonly Member[]
    networks: readonly Network[]
    years: readonly number[]
    perYear: number
    focusAreaIds: readonly string[]
  }
): CalendarEvent[] {
  const events: CalendarEvent[] = []
  for (const year of args.years) {
    for (let i = 0; i < args.perYear; i++) {
      const kind =
        args.networks.length > 0 && rng.chance(0.5)
          ? 'networkMeeting'
          : rng.pick(eventKinds.filter((k) => k !== 'networkMeeting'))
      const network = kind === 'networkMeeting' ? rng.pick(args.networks) : null
      const morning = rng.chance(0.5)
      const place = rng.pick(eventPlaces)
      events.push({
        id: rng.uuid(),
        title: rng.pick(eventTitles[kind]) + (network ? ` – ${network.name}` : ''),
        kind,
        date: addDays(`${year}-01-07`, rng.int(0, 350)),
        startTime: rng.chance(0.1) ? null : morning ? '09:00' : '13:00',
        endTime: null,
        location: place,
        link: place === '' ? 'https://teams.example.se/mote' : '',
        description: '',
        focusAreaIds: sample(rng, args.focusAreaIds, rng.int(0, 2)),
        goals: sample(rng, [1, 2, 3, 4, 5, 6] as GoalNumber[], rng.int(1, 2)).sort(),
        organiser: 'Länsstyrelsen',
        invitedMemberIds: network ? [] : sample(rng, args.members, rng.int(5, 30)).map((m) => m.id),
        invitedNetworkIds: network ? [network.id] : [],
        networkId: network?.id ?? null
      })
      const last = events[events.length - 1]!
      if (last.startTime) last.endTime = morning ? '12:00' : '16:00'
    }
  }
  return events
}

/** For each event up to today, some of its invited members (directly or by network) with 1–14 participants each. */
export function generateAttendance(
  rng: SeededRandom,
  events: readonly CalendarEvent[],
  networks: readonly Network[],
  today: string
): Attendance[] {
  const networkMembers = new Map(networks.map((n) => [n.id, n.memberIds]))
  const rows: Attendance[] = []
  for (const event of events) {
    if (event.date > today) continue
    const invited = [
      ...new Set([...event.invitedMemberIds, ...event.invitedNetworkIds.flatMap((id) => networkMembers.get(id) ?? [])])
    ]
    for (const memberId of invited) {
      if (!rng.chance(0.6)) continue
      const women = rng.int(0, 8)
      const men = rng.int(women === 0 ? 1 : 0, 5)
      rows.push({
        id: rng.uuid(),
        eventId: event.id,
        memberId,
        women,
        men,
        nonBinary: rng.chance(0.05) ? 1 : 0,
        unknown: rng.chance(0.1) ? 1 : 0
      })
    }
  }
  return rows
}
