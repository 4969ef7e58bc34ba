import { describe, expect, it } from 'vitest'
import { openFollowUps } from '@/domain/dialogues/follow-up'
import { filterFollowUps, followUpFilterOptions } from '@/domain/dialogues/follow-up-list'
import { dialogue } from './dialogue-fixtures'

const names = new Map([
  ['m1', 'Kalmar kommun'],
  ['m2', 'Region Kalmar län']
])
const name = (id: string) => names.get(id) ?? ''
const open = openFollowUps(
  [dialogue('m1', '2026-01-10', '2026-03-01'), dialogue('m2', '2026-03-01', '2026-03-20')],
  '2026-03-10'
)

describe('follow-up list', () => {
  it('narrows to overdue or due within 14 days, and by the member name', () => {
    expect(followUpFilterOptions.map((o) => o.label)).toEqual(['Försenade', 'Inom 14 dagar'])
    expect(filterFollowUps(open, { query: '', state: '' }, name)).toHaveLength(2)
    expect(filterFollowUps(open, { query: '', state: 'overdue' }, name).map((f) => f.memberId)).toEqual(['m1'])
    expect(filterFollowUps(open, { query: '', state: 'due' }, name).map((f) => f.memberId)).toEqual(['m2'])
    expect(filterFollowUps(open, { query: 'region', state: '' }, name).map((f) => f.memberId)).toEqual(['m2'])
    expect(filterFollowUps(open, { query: 'region', state: 'overdue' }, name)).toEqual([])
  })
})
