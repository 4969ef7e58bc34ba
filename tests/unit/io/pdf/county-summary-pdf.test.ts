import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { saveCountyProfile } from '@/data/county-profile-repository'
import { insertDemoRegister } from '@/data/demo-data'
import { loadCountySummaryInput } from '@/data/report-loaders'
import { countyActionCounts } from '@/domain/action-plans/action-summary'
import { participationReport } from '@/domain/calendar/participation'
import { countySummary } from '@/domain/county-summary/county-summary'
import { generateDemoRegister } from '@/domain/test-data/demo-register'
import { sampleProfile, SAMPLE_TODAY } from '../../../builders/evaluation-report-sample'
import { loadExcelJs } from '@/io/excel/excel-cells'
import { exportCountySummary } from '@/io/excel/county-summary-export'
import { countySummarySections } from '@/io/pdf/county-summary-document'
import { countySummaryPdf } from '@/io/pdf/county-summary-pdf'
import { freshDatabase } from '../../data/fresh-database'

const folder = process.env.KUGGHJUL_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'kugghjul-lagesrapport-'))
const stamp = '2026-11-23T10:00:00.000Z'
const nonMembers = (
  id: string,
  eventId: string,
  organisation: string,
  women: number,
  men: number,
  nonBinary: number,
  unknown: number
) => ({ id, eventId, organisation, women, men, nonBinary, unknown, createdAt: stamp, updatedAt: stamp })
const text = (path: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })

async function summaryOf2026() {
  const db = freshDatabase()
  await saveCountyProfile(db, sampleProfile)
  const { register, work } = generateDemoRegister({
    members: 60,
    countyCode: '08',
    today: SAMPLE_TODAY,
    focusAreaIds: sampleProfile.focusAreas.map((f) => f.id)
  })
  await insertDemoRegister(db, register, work)
  // Two rows of participants from no member organisation at the year's first event.
  const [event] = work.events.filter((e) => e.date.startsWith('2026')).sort((a, b) => a.date.localeCompare(b.date))
  await db.nonMemberAttendance.bulkAdd([
    { ...nonMembers('g1', event!.id, 'Kvinnojouren Kalmar', 6, 1, 1, 0) },
    { ...nonMembers('g2', event!.id, '', 2, 3, 0, 2) }
  ])
  const input = await loadCountySummaryInput(db, 2026, SAMPLE_TODAY)
  return { input, summary: countySummary(input) }
}

describe('county summary (lägesrapport)', () => {
  it('counts with the register aggregations: members by type and kommun, new, renewed and ended, actions and participation', async () => {
    const { input, summary } = await summaryOf2026()
    expect(summary.asOf).toBe(SAMPLE_TODAY)
    expect(summary.byType.reduce((sum, t) => sum + t.count, 0)).toBe(summary.activeTotal)
    expect(summary.byMunicipality.slice(0, 12).map((m) => m.name)).toContain('Mörbylånga')
    expect(summary.byMunicipality.reduce((sum, m) => sum + m.members, 0)).toBe(summary.activeTotal)
    const renewed = input.periods.filter((p) => p.number > 1 && p.decisionDate.startsWith('2026'))
    expect(summary.renewals).toHaveLength(renewed.length)
    expect(summary.endings.every((e) => e.endedOn.startsWith('2026'))).toBe(true)
    const participation = participationReport({ ...input, from: '2026-01-01', to: '2026-12-31' })
    expect(summary.participation.bySex).toEqual(participation.bySex)
    expect(summary.participation.nonMembers).toMatchObject({ women: 8, men: 4, nonBinary: 1, unknown: 2, total: 15 })
    expect(summary.participation.everyone.total).toBe(summary.participation.bySex.total + 15)
    expect(summary.participation.bySex.total).toBe(
      summary.participation.bySex.women +
        summary.participation.bySex.men +
        summary.participation.bySex.nonBinary +
        summary.participation.bySex.unknown
    )
    expect(summary.actions.distinct.total).toBeLessThanOrEqual(countyActionCounts(input.actions).distinct.total)
  })

  it('prints the cover, sections, figures and Swedish characters in the PDF, with metadata', async () => {
    const { summary } = await summaryOf2026()
    const path = join(folder, 'lagesrapport-2026.pdf')
    writeFileSync(path, await countySummaryPdf(summary))
    const printed = text(path)
    const flat = printed.replace(/\s+/g, ' ')
    for (const section of countySummarySections) expect(flat).toContain(section)
    expect(flat).toContain('Lägesrapport 2026 – Ett jämställt Kalmar län 2023–2027 Sida 2 av')
    expect(flat).toContain(`${summary.activeTotal} verksamheter var anslutna den 23 november 2026.`)
    expect(flat).toContain(
      'Rapporten upprättad 2026-11-23 Kalmar den 23 november 2026 Handläggare: Karin Åberg, Jämställdhetssamordnare, karin.aberg@lansstyrelsen.se'
    )
    const row = (label: string, p: typeof summary.participation.bySex) =>
      new RegExp(
        `${label} ${p.women} ${p.men} ${p.nonBinary} ${p.unknown} ${p.total}`.replace(/(\d)(?=(\d{3})+\b)/g, '$1\\s?')
      )
    expect(flat).toMatch(row('Anslutna verksamheter totalt', summary.participation.bySex))
    expect(flat).toMatch(row('Utanför anslutna verksamheter', summary.participation.nonMembers))
    expect(flat).toMatch(row('Alla deltagare', summary.participation.everyone))
    expect(flat).toContain('Delmål 6: Mäns våld mot')
    // The lägesrapport's own words have no Ö; the evaluation report's test checks all seven.
    for (const ch of ['å', 'ä', 'ö', 'Å', 'Ä', 'é']) expect(printed, ch).toContain(ch)
    const meta = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(meta).toMatch(/^Title:\s+Lägesrapport 2026 – Ett jämställt Kalmar län 2023–2027$/m)
    expect(meta).toMatch(/^Author:\s+Länsstyrelsen i Kalmar län$/m)
    expect(`${printed}${meta}`).not.toMatch(/kugghjul/i)
  })

  it('prints the diarienummer given when the report is made on the cover and in every footer', async () => {
    const { input } = await summaryOf2026()
    const path = join(folder, 'lagesrapport-dnr.pdf')
    writeFileSync(path, await countySummaryPdf(countySummary({ ...input, caseNumber: ' 800-4711-2026 ' })))
    const pages = text(path)
      .replace(/[ \n]+/g, ' ')
      .split('\f')
    expect(pages[0]).toMatch(/LÄGESRAPPORT|L Ä G E S R A P P O RT/)
    expect(pages[0]).toContain('Diarienummer 800-4711-2026 Anslutna verksamheter')
    for (const page of pages.slice(1).filter((p) => p.trim()))
      expect(page).toMatch(/Lägesrapport 2026 – Ett jämställt Kalmar län 2023–2027 · Dnr 800-4711-2026 Sida \d+ av/)
  })

  it('writes the same figures to .xlsx as typed cells', async () => {
    const { summary } = await summaryOf2026()
    const bytes = await exportCountySummary(summary)
    writeFileSync(join(folder, 'lagesrapport-2026.xlsx'), bytes)
    const ExcelJS = await loadExcelJs()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Per typ',
      'Per kommun',
      'Nya',
      'Förnyade',
      'Avslutade',
      'Insatser',
      'Deltagande'
    ])
    const perType = workbook.getWorksheet('Per typ')!
    expect(perType.getRow(perType.rowCount).values).toEqual([undefined, 'Totalt', summary.activeTotal])
    const renewals = workbook.getWorksheet('Förnyade')!
    if (summary.renewals.length > 0) expect(renewals.getCell('C2').value).toBeInstanceOf(Date)
    const participation = workbook.getWorksheet('Deltagande')!
    const lastRows = [2, 1, 0].map((back) =>
      (participation.getRow(participation.rowCount - back).values as unknown[]).slice(1)
    )
    const cells = (p: typeof summary.participation.bySex) => [p.women, p.men, p.nonBinary, p.unknown, p.total]
    expect(lastRows).toEqual([
      ['Anslutna verksamheter totalt', ...cells(summary.participation.bySex)],
      ['Utanför anslutna verksamheter', 8, 4, 1, 2, 15],
      ['Alla deltagare', ...cells(summary.participation.everyone)]
    ])
    expect(participation.getRow(participation.rowCount).font).toMatchObject({ bold: true })
    // Sorting in Excel never mixes the sums with the member types they add up.
    expect(participation.autoFilter).toBe(`A1:F${participation.rowCount - 3}`)
  })
})
