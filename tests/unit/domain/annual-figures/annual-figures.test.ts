import { describe, expect, it } from 'vitest'
import { annualFigureFootnotes, annualFigureParts } from '@/domain/annual-figures/annual-figure-tables'
import { annualFigures, defaultReportYear } from '@/domain/annual-figures/annual-figures'
import { annualFiguresJson } from '@/domain/annual-figures/annual-figures-json'
import { annualInput, annualRegister, expected2026 } from './annual-register'

describe('annual figures (årsuppföljning)', () => {
  it('gives the hand-worked 2026 figures for every definition at its edges', () => {
    expect(annualFiguresJson(annualFigures(annualInput(2026)))).toEqual(expected2026)
  })

  it('counts members at year end by period start ≤ 31 December ≤ end, without an ending by then, and not archived', () => {
    const m = annualFigures(annualInput(2026)).members
    // kalmar (from 1 Jan), region (period 2 from 31 Dec), ab (ends 2027), hultsfred; not lst (ended 31 Dec), forening (archived), nybro (2027)
    expect(m.atYearEndTotal).toBe(4)
    expect([m.municipalitiesJoined, m.municipalitiesInCounty]).toEqual([2, 12])
    const y2025 = annualFigures(annualInput(2025)).members
    // region 1, lst (its ending is in 2026), ab, hultsfred (from 31 Dec 2025)
    expect(y2025.atYearEnd).toMatchObject({ region: 1, governmentAgency: 1, company: 1, municipality: 1 })
    expect([y2025.new, y2025.ended]).toEqual([3, 0]) // lst, ab, hultsfred; region's period 1 started 31 Dec 2023
    const y2027 = annualFigures(annualInput(2027)).members
    expect([y2027.new, y2027.ended, y2027.atYearEnd.company]).toEqual([1, 1, 0]) // nybro from 1 Jan; ab ended 15 Jan
  })

  it('counts a dialogue once it is held, and a plan only while it stays fastställd', () => {
    const register = annualRegister()
    const booked = register.dialogues.find((d) => d.id === 'd3')!
    booked.status = 'held'
    const figures = annualFigures(annualInput(2026, register))
    expect([figures.dialogues.held, figures.dialogues.membersWithDialogue]).toEqual([4, 3])
    expect(figures.dialogues.byKind).toEqual({ initial: 1, followUp: 2, evaluation: 0, other: 1 })

    const reopened = annualRegister()
    reopened.plans[0] = { ...reopened.plans[0]!, status: 'draft', establishedOn: null }
    expect(annualFigures(annualInput(2026, reopened)).plansAdopted).toBe(1)
  })

  it('counts each action once in totals, under each delmål and focus area it names, with today’s status', () => {
    const a = annualFigures(annualInput(2026)).actions
    expect(a.started).toBe(2)
    expect(a.byStatus).toEqual({ planned: 1, inProgress: 0, done: 1, cancelled: 0 })
    expect(a.byFocusArea.map((f) => [f.name, f.count])).toEqual([
      ['Ekonomisk jämställdhet och jämställd arbetsmarknad', 1],
      ['Jämställd hälsa', 1],
      ['Fokusområde som inte längre finns i länsprofilen', 1]
    ])
  })

  it('sums participants of events held in the year, members and non-members apart', () => {
    const p = annualFigures(annualInput(2026)).participants
    expect(p.total).toBe(p.members + p.nonMembers)
    expect(p.total).toBe(p.women + p.men + p.nonBinary + p.unknown)
    expect(annualFigures(annualInput(2026)).events.byKind).toEqual({
      networkMeeting: 1,
      training: 1,
      briefing: 0,
      conference: 0,
      other: 0
    })
  })

  it('distributes the assessments 1–3 per delmål of evaluations completed in the year, focus areas and unassessed left out', () => {
    const s = annualFigures(annualInput(2026)).assessments
    expect(s['2']).toEqual({ 1: 0, 2: 1, 3: 1 })
    expect(s['6']).toEqual({ 1: 1, 2: 0, 3: 0 })
    expect(s['5']).toEqual({ 1: 0, 2: 0, 3: 0 })
    expect(s['1']).toEqual({ 1: 0, 2: 0, 3: 0 }) // the draft and last year's evaluation do not count
  })

  it('sets prestationer apart from utfall and explains every marked row in a numbered footnote', () => {
    const parts = annualFigureParts(annualFigures(annualInput(2026)))
    expect(parts.map((p) => p.title)).toEqual(['Anslutna verksamheter', 'Prestationer', 'Utfall'])
    expect(parts[1]!.tables.map((t) => t.caption)).toEqual([
      'Stöddialoger',
      'Aktiviteter i årshjulet',
      'Deltagare i årets aktiviteter',
      'Intyg och utvärderingar'
    ])
    expect(parts[2]!.tables.map((t) => t.caption)).toContain('Bedömningar per delmål i klara utvärderingar')
    const notes = annualFigureFootnotes(parts)
    expect(notes.map((n) => n.number)).toEqual(notes.map((_, i) => i + 1))
    expect(notes.find((n) => n.key === 'dialoguesHeld')!.text).toMatch(/Planerade dialoger räknas inte/)
    expect(parts.flatMap((p) => p.tables.map((t) => t.name)).every((name) => name.length <= 31)).toBe(true)
  })

  it('opens on the previous year until the end of March', () => {
    expect(defaultReportYear('2027-01-01')).toBe(2026)
    expect(defaultReportYear('2027-03-31')).toBe(2026)
    expect(defaultReportYear('2027-04-01')).toBe(2027)
    expect(defaultReportYear('2026-12-31')).toBe(2026)
  })
})
