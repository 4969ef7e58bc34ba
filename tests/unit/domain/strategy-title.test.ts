import { describe, expect, it } from 'vitest'
import { canonicalCertificateText, certificateContent } from '@/domain/certificates/certificate-content'
import { strategyNameYearsNote, strategyTitle, yearsInStrategyName } from '@/domain/strategy-title'

const kalmar = { strategyStartYear: 2023, strategyEndYear: 2027 }

describe('strategy title', () => {
  it('adds the period to a name without years', () => {
    expect(strategyTitle({ ...kalmar, strategyName: 'Ett jämställt Kalmar län' })).toBe(
      'Ett jämställt Kalmar län 2023–2027'
    )
  })

  it('prints a name that already holds its years once, whatever dash it was typed with', () => {
    for (const name of [
      'Ett jämställt Kalmar län 2023–2027',
      'Ett jämställt Kalmar län 2023-2027',
      'Ett jämställt Kalmar län 2023 — 2027 '
    ])
      expect(strategyTitle({ ...kalmar, strategyName: name })).toBe(name.trim())
    expect(yearsInStrategyName('Strategi för Gotland 2024–2030, del 2')).toEqual([2024, 2030])
    expect(yearsInStrategyName('Agenda 2030 för jämställdhet')).toBeNull()
    expect(yearsInStrategyName('Plan 12023-20271')).toBeNull()
  })

  it('tells the wizard when the name repeats the period, and when its years differ from the period', () => {
    expect(strategyNameYearsNote({ ...kalmar, strategyName: 'Ett jämställt Kalmar län' })).toBeNull()
    expect(strategyNameYearsNote({ ...kalmar, strategyName: 'Ett jämställt Kalmar län 2023–2027' })).toMatch(
      /^Namnet innehåller redan perioden 2023–2027\. Årtalen skrivs därför inte ut en gång till/
    )
    expect(strategyNameYearsNote({ ...kalmar, strategyName: 'Ett jämställt Kalmar län 2022-2026' })).toBe(
      'Namnet innehåller årtalen 2022–2026, men strategins period är 2023–2027. Rätta årtalen i namnet eller perioden nedan, så att dokumenten inte säger två olika saker.'
    )
  })

  it('leaves the verification code of certificates already issued alone: the canonical text keeps name and years as before', () => {
    const content = certificateContent({
      number: 'H-2026-014',
      member: { name: 'Länsstyrelsen i Kalmar län', orgNumber: '202100-2304' },
      period: { startDate: '2026-03-15', endDate: '2029-03-14', decisionDate: '2026-03-15' },
      profile: { countyCode: '08', strategyName: 'Ett jämställt Kalmar län 2023–2027', ...kalmar }
    })
    expect(canonicalCertificateText(content).split('\n').at(-1)).toBe(
      'strategy=Ett jämställt Kalmar län 2023–2027 2023–2027'
    )
  })
})
