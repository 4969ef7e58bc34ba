import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluationReport } from '@/domain/evaluation/evaluation-report'
import { sampleEvaluationReportInput } from '../../../builders/evaluation-report-sample'
import { evaluationReportSections } from '@/io/pdf/evaluation-report-document'
import { evaluationReportPdf } from '@/io/pdf/evaluation-report-pdf'
import { buildWideSeries } from '@/domain/statistics/series'
import { readFixture } from '../stats/statistics-fixture'

const folder = process.env.KUGGHJUL_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'kugghjul-rapport-'))
const text = (path: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
const info = (path: string, ...args: string[]) => execFileSync('pdfinfo', [...args, path], { encoding: 'utf8' })

async function reportFile(name: string, archival: boolean, progress?: number[]) {
  const input = sampleEvaluationReportInput({ dialogues: 8, actions: 10, eventsPerYear: 6, measures: 2 })
  const report = evaluationReport(input)
  const path = join(folder, name)
  writeFileSync(path, await evaluationReportPdf(report, { archival, onProgress: (f) => progress?.push(f) }))
  return { path, report, input }
}

describe('evaluation report PDF', () => {
  it('prints the cover, every section, the action titles, figures and Swedish characters', async () => {
    const progress: number[] = []
    const { path, report } = await reportFile('utvarderingsrapport.pdf', false, progress)
    const printed = text(path)
    const flat = printed.replace(/\s+/g, ' ')
    for (const expected of [
      'Mörbylånga kommun',
      'Anslutningsperiod 1: 2023-11-20 – 2026-11-19',
      '212000-0761',
      'Ett jämställt Kalmar län 2023–2027'
    ])
      expect(flat).toContain(expected)
    for (const section of evaluationReportSections) expect(flat).toContain(section)
    for (const goal of report.goals)
      for (const action of goal.actions) expect(flat).toContain(action.title.replace(/\s+/g, ' '))
    expect(flat).toContain('Anslutningen förnyas.')
    expect(flat).toContain('Nytt ledningsbeslut den 2 november 2026 (KS 2026/87, Kommunstyrelsen).')
    expect(flat).toContain('Perioden 20 november 2023 – 19 november 2026 är period 1 för Mörbylånga kommun.')
    expect(flat).toContain(
      'Kalmar den 23 november 2026 Handläggare: Karin Åberg, Jämställdhetssamordnare, karin.aberg@lansstyrelsen.se'
    )
    expect(flat).not.toContain('Diarienummer')
    expect(flat).toMatch(/Summa, \d+ aktiviteter/)
    for (const ch of ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö', 'é']) expect(printed, ch).toContain(ch)
    const meta = info(path)
    expect(meta).toMatch(/^Title:\s+Utvärderingsrapport – Mörbylånga kommun, period 1$/m)
    expect(meta).toMatch(/^Author:\s+Länsstyrelsen i Kalmar län$/m)
    expect(`${printed}${meta}`).not.toMatch(/kugghjul/i)
    expect(progress[0]).toBe(0)
    expect(progress.at(-1)).toBe(1)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
    expect(meta).toMatch(/^Pages:\s+\d+$/m)
  })

  it('prints the länsstyrelse’s diarienummer of the decision beside the member’s on the cover', async () => {
    const input = sampleEvaluationReportInput({ dialogues: 1, actions: 1, eventsPerYear: 0, measures: 0 })
    const report = evaluationReport({ ...input, period: { ...input.period, countyCaseNumber: '801-4411-2023' } })
    const path = join(folder, 'utvarderingsrapport-lansstyrelsens-dnr.pdf')
    writeFileSync(path, await evaluationReportPdf(report, { archival: false }))
    const flat = text(path).replace(/\s+/g, ' ')
    expect(flat).toContain('Ledningsbeslut 2023-11-20, KS 2023/141, Kommunstyrelsen')
    expect(flat).toContain('Länsstyrelsens diarienummer 801-4411-2023')
  })

  it('prints each chosen measure as a chart and a table with the kommun, the county and Riket', async () => {
    const { path } = await reportFile('matt.pdf', false)
    const flat = text(path).replace(/\s+/g, ' ')
    expect(flat).toContain('Förvärvsarbetande 20–64 år, antal, 2024')
    expect(flat).toMatch(
      /Region Kvinnor Män Skillnad \(k − m\) Kvinnors andel \(%\) Mörbylånga 3 591 3 780 -189 48,7 Kalmar län 59 850 63 000 -3 150 48,7 Riket/
    )
    expect(flat).toMatch(/Andel chefer, procent, 2024 .*Mörbylånga 40,6 39,8 0,8/)
    // Chart text is embedded Roboto like the rest: no other font in the file.
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
    expect(fonts.every((row) => /Roboto/.test(row) && / yes yes /.test(row))).toBe(true)
  })

  it('prints a measure without a sex split (SCB’s be0101_tabhel2023.xlsx) as the totals, with a chart and a note', async () => {
    const population = await readFixture('stats', 'be0101_tabhel2023.xlsx')
    const sample = sampleEvaluationReportInput({ dialogues: 1, actions: 2, eventsPerYear: 1, measures: 0 })
    const report = evaluationReport({
      ...sample,
      measures: [{ measure: 'Folkmängd', series: buildWideSeries(population.observations) }]
    })
    expect(report.measures[0]).toMatchObject({ sexSplit: false, year: '2023', showsShare: false })
    expect(report.measures[0]?.chart?.series.map((s) => s.name)).toEqual(['Totalt'])
    const path = join(folder, 'totalt.pdf')
    writeFileSync(path, await evaluationReportPdf(report))
    const flat = text(path).replace(/\s+/g, ' ')
    // Looked up with inspect-stats: Mörbylånga 16 144, Kalmar län 246 667, Riket 10 551 707.
    expect(flat).toContain('Folkmängd, 2023 Tabellen är inte uppdelad på kön. Totalen visas.')
    expect(flat).toMatch(/Region Totalt Mörbylånga 16 144 Kalmar län 246 667 Riket 10 551 707/)
    expect(flat).not.toContain('inga värden för kvinnor och män')
  })

  it('makes a PDF/A-2b file for archiving: XMP part identification, language, embedded fonts', async () => {
    const { path } = await reportFile('arkiv.pdf', true)
    const meta = info(path, '-meta')
    expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>/)
    expect(meta).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/)
    expect(meta).toContain('<rdf:li xml:lang="x-default">Utvärderingsrapport – Mörbylånga kommun, period 1</rdf:li>')
    const plain = info(path)
    expect(plain).toMatch(/^PDF version:\s+1\.7$/m)
    expect(plain).toMatch(/^Metadata Stream:\s+yes$/m)
    const raw = readFileSync(path).toString('latin1')
    expect(raw).toMatch(/\/Lang \(sv-SE\)/)
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/)
    expect(raw).toMatch(/\/S \/GTS_PDFA1/)
  })
})
