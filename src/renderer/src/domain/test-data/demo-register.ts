import { generateMembers, type GeneratedRegister } from './member-generator'
import { generateMemberWork, type GeneratedWork } from './work-generator'

/**
 * The demo and benchmark register: `members` members with about three
 * periods each, ten dialogues and five actions per member, networks, events
 * and attendance. 1,000 members gives the 10,000 dialogues and 5,000 actions.
 */
export function generateDemoRegister(options: {
  members: number
  countyCode: string
  today: string
  focusAreaIds: readonly string[]
  seed?: number
}): {
  register: GeneratedRegister
  work: GeneratedWork
} {
  const seed = options.seed ?? 2026
  const register = generateMembers({
    seed,
    count: options.members,
    countyCode: options.countyCode,
    today: options.today,
    yearsOfHistory: 20
  })
  const work = generateMemberWork({
    seed: seed + 1,
    members: register.members,
    periods: register.periods,
    today: options.today,
    focusAreaIds: options.focusAreaIds,
    dialogueCount: options.members * 10,
    actionCount: options.members * 5
  })
  return { register, work }
}
