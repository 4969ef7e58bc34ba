import { matchesWords, searchText, searchWords } from '../list-search'
import { DEFAULT_FOLLOW_UP_WARNING_DAYS, type FollowUpState, type OpenFollowUp } from './follow-up'

/** Dialoger's follow-up filter: overdue, or due within the warning days; '' means both. */
export interface FollowUpListFilter {
  query: string
  state: '' | Extract<FollowUpState, 'overdue' | 'due'>
}

export const followUpFilterOptions: readonly { value: FollowUpListFilter['state']; label: string }[] = [
  { value: 'overdue', label: 'Försenade' },
  { value: 'due', label: `Inom ${DEFAULT_FOLLOW_UP_WARNING_DAYS} dagar` }
]

/** The follow-ups in the chosen state whose member's name (from `memberName`) holds every word searched for. */
export function filterFollowUps(
  followUps: readonly OpenFollowUp[],
  filter: FollowUpListFilter,
  memberName: (memberId: string) => string
): OpenFollowUp[] {
  const words = searchWords(filter.query)
  return followUps.filter(
    (f) =>
      (filter.state === '' || f.state === filter.state) && matchesWords(searchText([memberName(f.memberId)]), words)
  )
}
