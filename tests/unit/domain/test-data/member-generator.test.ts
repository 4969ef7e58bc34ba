import { describe, expect, it } from 'vitest'
import { memberToDraft } from '@/domain/members/member'
import { validateMemberDraft } from '@/domain/members/member-validation'
import { membershipStatuses, memberStatus } from '@/domain/members/membership-status'
import { validateWelcomePackage } from '@/domain/members/welcome-package'
import { municipalityMemberName } from '@/domain/test-data/organisation-names'
import { generateMembers } from '@/domain/test-data/member-generator'
import { matchMunicipality } from '@/domain/regions/municipality-lookup'
import { municipalities } from '@/domain/regions/municipalities'

const today = '2026-11-23'
const kalmar = generateMembers({ seed: 42, count: 200, countyCode: '08', today })

describe('test-data generator', () => {
  it('gives the same register for the same seed and another for another seed', () => {
    expect(generateMembers({ seed: 42, count: 200, countyCode: '08', today })).toEqual(kalmar)
    expect(generateMembers({ seed: 43, count: 200, countyCode: '08', today }).members[20]?.name).not.toBe(
      kalmar.members[20]?.name
    )
  })

  it('makes members that pass the same validation as the forms, with unique orgnr and names', () => {
    for (const member of kalmar.members) {
      const result = validateMemberDraft(memberToDraft(member))
      expect(result.ok ? [] : result.errors, member.name).toEqual([])
    }
    expect(new Set(kalmar.members.map((m) => m.orgNumber)).size).toBe(200)
    expect(new Set(kalmar.members.map((m) => m.name)).size).toBe(200)
  })

  it('uses the county: its 12 kommuner, Region Kalmar län, and only its own kommuner', () => {
    const names = kalmar.members.map((m) => m.name)
    expect(names).toContain('Kalmar kommun')
    expect(names).toContain('Borgholms kommun')
    expect(names).toContain('Region Kalmar län')
    expect(kalmar.members.filter((m) => m.type === 'municipality')).toHaveLength(12)
    const outside = kalmar.members.filter((m) => m.type !== 'region' && !m.municipalityCode?.startsWith('08'))
    expect(outside.map((m) => `${m.name} (${m.municipalityCode})`)).toEqual([])
    expect(kalmar.members.every((m) => m.contactPersons.length >= 1 && m.contactPersons.length <= 3)).toBe(true)
  })

  it("writes every kommun's name so the register finds its code again", () => {
    for (const m of municipalities) expect(matchMunicipality(municipalityMemberName(m.name))?.code, m.name).toBe(m.code)
  })

  it('spreads decisions over the last six years with consistent periods and welcome packages', () => {
    const first = kalmar.periods
      .filter((p) => p.number === 1)
      .map((p) => p.decisionDate)
      .sort()
    expect(first[0]! >= '2020-11-23').toBe(true)
    expect(first.at(-1)! <= today).toBe(true)
    expect(kalmar.periods.some((p) => p.number >= 2)).toBe(true)
    for (const p of kalmar.periods) {
      expect(p.decisionDate <= today).toBe(true)
      expect(validateWelcomePackage(p.welcomePackage, p.decisionDate, today)).toEqual({})
    }
    const statuses = new Set(
      kalmar.members.map((m) =>
        memberStatus(
          kalmar.periods.filter((p) => p.memberId === m.id),
          { today }
        )
      )
    )
    expect([...statuses].sort()).toEqual([...membershipStatuses].sort())
  })

  it('reaches about three periods per member with twenty years of history, for the benchmark', () => {
    const big = generateMembers({ seed: 1, count: 1000, countyCode: '08', today, yearsOfHistory: 20 })
    expect(big.members).toHaveLength(1000)
    expect(big.periods.length).toBeGreaterThan(2700)
    expect(big.periods.length).toBeLessThan(3300)
  })
})
