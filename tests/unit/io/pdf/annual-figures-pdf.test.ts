import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { annualFiguresReport } from '@/domain/annual-figures/annual-figures-report'
import { emptyCountyProfile } from '@/domain/county-profile'
import { annualFiguresFileName, exportAnnualFigures } from '@/io/excel/annual-figures-export'
import { loadExcelJs } from '@/io/excel/excel-cells'
import { annualFiguresPdf } from '@/io/pdf/annual-figures-pdf'
import { annualInput, expected2026, focusAreas } from '../../domain/annual-figures/annual-register'

const folder = process.env.KUGGHJUL_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'kugghjul-arsuppfoljning-'))
const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
const profile = {
  ...emptyCountyProfile(),
  countyCode: '08',
  strategyName: 'Ett jämställt Kalmar län',
  strategyStartYear: 2023,
  strategyEndYear: 2027,
  focusAreas
}
const report = () =>
  annualFiguresReport({ ...annualInput(2026), profile, today: '2027-02-10', caseNumber: '801-1234-2027' })

describe('årsuppföljning as PDF and .xlsx', () => {
  it('prints the hand-worked figures, prestationer apart from utfall, each definition as a footnote', async () => {
    const path = join(folder, annualFiguresFileName(2026, 'pdf'))
    writeFileSync(path, await annualFiguresPdf(report()))
    const text = pdfText(path)
    expect(text).toContain('ÅRSUPPFÖLJNING')
    expect(text).toContain('Diarienummer 801-1234-2027')
    const order = ['1 Anslutna verksamheter', '2 Prestationer', '3 Utfall', 'Fotnoter: så räknas siffrorna'].map((h) =>
      text.indexOf(`\n${h}`)
    )
    expect(order.every((i) => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // A row's footnote number is raised and may print on a line of its own; the row's (last) line ends with its values.
    const values = (label: string) =>
      text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith(label) && /\d$/.test(l))
        .at(-1)
        ?.slice(label.length)
        .trim()
        .split(' ')
        .slice(-3)
    const value = (label: string) => values(label)?.at(-1)
    expect(value('Anslutna verksamheter ')).toBe('4')
    expect(value('Statlig myndighet')).toBe('0')
    expect(value('Nya anslutningar')).toBe(String(expected2026.newMembers))
    expect(value('Avslutade anslutningar')).toBe(String(expected2026.endedMembers))
    expect(value('Genomförda dialoger')).toBe(String(expected2026.dialoguesHeld))
    expect(value('Verksamheter med minst en dialog')).toBe(String(expected2026.membersWithDialogue))
    expect(value('Ickebinär/annan könsidentitet')).toBe('1')
    expect(value('Uppgift saknas')).toBe('2')
    expect(value('varav utanför anslutna verksamheter')).toBe(String(expected2026.participants.nonMembers))
    expect(value('Fastställda insatsplaner')).toBe(String(expected2026.plansAdopted))
    expect(value('Utfärdade intyg')).toBe(String(expected2026.certificatesIssued))
    expect(values('2. Ekonomisk jämställdhet ')).toEqual(['0', '1', '1']) // the assessments table: levels 1, 2, 3
    expect(text).toMatch(
      /\n\d+\. Stöddialoger med status genomförd, daterade under året\. Planerade dialoger räknas inte\./
    )
    expect(text).toContain('Årsuppföljning 2026 – Ett jämställt Kalmar län 2023–2027 · Dnr 801-1234-2027 Sida 2 av')
  })

  it('writes PDF/A-2b on request', async () => {
    const path = join(folder, 'arsuppfoljning-2026-pdfa.pdf')
    writeFileSync(path, await annualFiguresPdf(report(), { archival: true }))
    const meta = execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' })
    expect(meta).toMatch(/pdfaid:part>2</)
    expect(meta).toMatch(/pdfaid:conformance>B</)
  })

  it('has the same numbers in the .xlsx, typed, with the footnotes on their own sheet', async () => {
    const ExcelJS = await loadExcelJs()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await exportAnnualFigures(report())).buffer as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Anslutna',
      'Dialoger',
      'Aktiviteter',
      'Deltagare',
      'Intyg och utvärderingar',
      'Insatser',
      'Insatser per status',
      'Insatser per delmål',
      'Insatser per fokusområde',
      'Bedömningar',
      'Fotnoter'
    ])
    const value = (sheet: string, label: string) => {
      const ws = workbook.getWorksheet(sheet)!
      const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === label)
      return row?.getCell(2).value
    }
    expect(value('Anslutna', 'Anslutna verksamheter')).toBe(4)
    expect(value('Anslutna', 'Nya anslutningar')).toBe(expected2026.newMembers)
    expect(value('Dialoger', 'Genomförda dialoger')).toBe(expected2026.dialoguesHeld)
    expect(value('Deltagare', 'Kvinnor')).toBe(expected2026.participants.women)
    expect(value('Deltagare', 'varav utanför anslutna verksamheter')).toBe(expected2026.participants.nonMembers)
    expect(value('Insatser per delmål', '6. Mäns våld mot kvinnor ska upphöra')).toBe(1)
    expect(value('Intyg och utvärderingar', 'med beslut att avsluta')).toBe(expected2026.evaluationsEnded)
    const notes = workbook.getWorksheet('Fotnoter')!
    const dialoguesRow = workbook.getWorksheet('Dialoger')!.getRow(2)
    const note = notes.getRows(2, notes.rowCount - 1)!.find((r) => r.getCell(1).value === dialoguesRow.getCell(3).value)
    expect(note?.getCell(2).value).toMatch(/^Stöddialoger med status genomförd/)
  })

  it('says the county’s own word for its areas in the PDF and the .xlsx (Halland: strategiska insatsområden)', async () => {
    const halland = {
      ...profile,
      countyCode: '13',
      focusAreaTerm: { singular: 'strategiskt insatsområde', plural: 'strategiska insatsområden' }
    }
    const hallandReport = annualFiguresReport({ ...annualInput(2026), profile: halland, today: '2027-02-10' })
    const path = join(folder, 'arsuppfoljning-halland.pdf')
    writeFileSync(path, await annualFiguresPdf(hallandReport))
    const text = pdfText(path).replace(/\s+/g, ' ')
    expect(text).toContain('Insatser per strategiskt insatsområde')
    expect(text).toContain('Strategiskt insatsområde som inte längre finns i länsprofilen')
    expect(text).toContain('under varje strategiskt insatsområde de är kopplade till')
    expect(text).not.toMatch(/fokusområde/i)

    const ExcelJS = await loadExcelJs()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await exportAnnualFigures(hallandReport)).buffer as ArrayBuffer)
    // "Insatser per strategiskt insatsområde" is longer than a sheet name may be; the plural fits.
    const areas = workbook.getWorksheet('Strategiska insatsområden')!
    const labels = areas.getRows(2, areas.rowCount - 1)!.map((r) => r.getCell(1).value)
    expect(labels).toContain('Strategiskt insatsområde som inte längre finns i länsprofilen')
    const everything = workbook.worksheets.flatMap((w) =>
      w.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : []))
    )
    expect(everything.join(' ')).not.toMatch(/fokusområde/i)
  })
})
