import { describe, expect, it } from 'vitest'
import { emptyMemberDraft } from '@/domain/members/member'
import { reviewMemberImport, type MemberImportRow } from '@/domain/members/member-import-review'
import { decision } from './period-fixtures'

function row(name: string, orgNumber: string, decisionDate = '2025-05-12', rowNumber?: number): MemberImportRow {
  return {
    draft: { ...emptyMemberDraft('nonProfit'), name, orgNumber },
    decision: decision(decisionDate),
    ...(rowNumber ? { rowNumber } : {})
  }
}

describe('member import review', () => {
  const existing = new Map([
    ['202100-2304', { name: 'Länsstyrelsen i Kalmar län', archived: false }],
    ['212000-0746', { name: 'Kalmar kommun', archived: true }]
  ])

  it('accepts good rows with their normalised fields and decision', () => {
    const [reviewed] = reviewMemberImport([row('Kvinnojouren Kalmar', '8024001235')], existing, '2026-11-23')
    expect(reviewed).toMatchObject({
      index: 0,
      ok: true,
      fields: { name: 'Kvinnojouren Kalmar', orgNumber: '802400-1235' },
      decision: { decisionDate: '2025-05-12' }
    })
  })

  it('lists every problem of a bad row in Swedish', () => {
    const [reviewed] = reviewMemberImport([row('', '123', '2025-13-01')], existing, '2026-11-23')
    expect(reviewed?.ok).toBe(false)
    if (reviewed?.ok === false) {
      expect(reviewed.problems).toHaveLength(3)
      expect(reviewed.problems.join('\n')).toMatch(/Ange verksamhetens namn[\s\S]*10 siffror[\s\S]*beslutsdatum/)
    }
  })

  it('refuses orgnr already in the register, naming the member and whether it is archived', () => {
    const reviewed = reviewMemberImport(
      [row('Lst Kalmar', '202100-2304'), row('Kalmar', '212000-0746')],
      existing,
      '2026-11-23'
    )
    expect(reviewed.map((r) => (r.ok ? '' : r.problems[0]))).toEqual([
      'Organisationsnumret 202100-2304 finns redan hos "Länsstyrelsen i Kalmar län". Öppna den verksamheten i stället för att lägga till den igen.',
      'Organisationsnumret 212000-0746 finns redan hos "Kalmar kommun", som är borttagen ur registret. Återställ den under Borttagna ur registret i stället för att lägga till den igen.'
    ])
  })

  it('refuses the second of two rows with the same orgnr, pointing to the first by its spreadsheet row', () => {
    const reviewed = reviewMemberImport(
      [row('A', '802400-1235', '2025-05-12', 2), row('B', '8024001235', '2025-05-12', 3)],
      existing,
      '2026-11-23'
    )
    expect(reviewed[0]?.ok).toBe(true)
    expect(reviewed[1]?.ok === false && reviewed[1].problems).toEqual([
      'Organisationsnumret 802400-1235 står redan på rad 2 i filen. Ta bort den ena raden.'
    ])
  })
})
