import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluationReport } from '@/domain/evaluation/evaluation-report'
import { comparisonColumns } from '@/domain/statistics/comparison-columns'
import { buildMeasureComparison } from '@/domain/statistics/measure-comparison'
import { differenceHeader, differenceUnit } from '@/domain/statistics/measure-kind'
import type { WideSeries } from '@/domain/statistics/series'
import { evaluationReportPdf } from '@/io/pdf/evaluation-report-pdf'
import { sampleEvaluationReportInput } from '../../../builders/evaluation-report-sample'

const folder = mkdtempSync(join(tmpdir(), 'kugghjul-ord-'))
const flatText = (path: string) =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

describe('the words of the evaluation report', () => {
  it('calls the difference between two percentages procentenheter, and other differences by the measure’s own unit', () => {
    expect(differenceUnit('Andel chefer, procent')).toBe('procentenheter')
    expect(differenceUnit('Medborgarundersökningen, andel nöjda (%)')).toBe('procentenheter')
    expect(differenceUnit('Förvärvsarbetande 20–64 år, antal')).toBeNull()
    expect(differenceUnit('Medelinkomst, tkr')).toBeNull()
    expect(differenceHeader('Andel chefer, procent', 'kvinnor − män')).toBe('Skillnad (kvinnor − män), procentenheter')
    const kalmar = (measure: string): WideSeries[] => [
      { measure, regionCode: '0880', regionName: 'Kalmar', values: { '2024': { women: 40.6, men: 39.8, total: null } } }
    ]
    const share = buildMeasureComparison('Andel chefer, procent', kalmar('Andel chefer, procent'), ['0880'])
    expect(comparisonColumns(share).map((c) => c.header)).toContain('Skillnad (kvinnor − män), procentenheter')
    const count = buildMeasureComparison('Folkmängd', kalmar('Folkmängd'), ['0880'])
    expect(comparisonColumns(count).map((c) => c.header)).toContain('Skillnad (kvinnor − män)')
    expect(
      comparisonColumns(count)
        .map((c) => c.header)
        .join('|')
    ).not.toContain('procentenheter')
  })

  it('prints a draft evaluation as "ett utkast" once, and the plan and dialogue columns in plain words', async () => {
    const input = sampleEvaluationReportInput({ dialogues: 2, actions: 3, eventsPerYear: 1, measures: 2 })
    const draft = {
      ...input,
      evaluation: { ...input.evaluation!, status: 'draft' as const, decidedAt: null, nextPeriodId: null }
    }
    const path = join(folder, 'utkast.pdf')
    writeFileSync(path, await evaluationReportPdf(evaluationReport(draft)))
    const flat = flatText(path)
    expect(flat).toContain('Utvärderingen är ett utkast och kan ändras.')
    expect(flat).not.toMatch(/utkast \(utkast\)/i)
    expect(flat).toMatch(/Datum Typ av dialog Deltagare Överenskommelser/)
    expect(flat).toMatch(/Insats Status Startdatum Slutdatum/)
    expect(flat).toMatch(/Andel chefer, procent, 2024 .*procentenheter/)
  })
})
