import type { MemberRow } from '@/domain/members/member-list'
import { membershipStatusLabels, periodStatus } from '@/domain/members/membership-status'
import { isWelcomePackageComplete } from '@/domain/members/welcome-package'
import { excelDate, loadExcelJs, SWEDISH_DATE_FORMAT } from './excel-cells'

interface Column {
  header: string
  key: string
  width: number
  date?: boolean
}

const columns: Column[] = [
  { header: 'Namn', key: 'name', width: 36 },
  { header: 'Organisationsnummer', key: 'orgNumber', width: 20 },
  { header: 'Typ', key: 'type', width: 22 },
  { header: 'Kommun', key: 'municipality', width: 18 },
  { header: 'Kommunkod', key: 'municipalityCode', width: 12 },
  { header: 'Status', key: 'status', width: 24 },
  { header: 'Period', key: 'period', width: 8 },
  { header: 'Beslutsdatum', key: 'decisionDate', width: 14, date: true },
  { header: 'Diarienummer', key: 'decisionReference', width: 18 },
  { header: 'Beslutat av', key: 'decidedBy', width: 22 },
  { header: 'Periodens start', key: 'startDate', width: 15, date: true },
  { header: 'Periodens slut', key: 'endDate', width: 15, date: true },
  { header: 'Välkomstpaket klart', key: 'welcomeComplete', width: 20 },
  { header: 'Avslutad', key: 'endedOn', width: 14, date: true },
  { header: 'Skäl till avslut', key: 'endReason', width: 30 },
  { header: 'Webbplats', key: 'website', width: 30 },
  { header: 'Adress', key: 'address', width: 36 }
]

/**
 * The member register as .xlsx: one row per membership period (so a renewed
 * member has one row per period), dates as real dates, numbers as numbers,
 * the header row frozen and an autofilter over the table.
 */
export async function exportMemberList(rows: readonly MemberRow[], today: string): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kugghjul'
  workbook.created = excelDate(today) ?? new Date()
  const sheet = workbook.addWorksheet('Verksamheter', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.date ? { numFmt: SWEDISH_DATE_FORMAT } : {}
  }))
  sheet.getRow(1).font = { bold: true }

  for (const row of rows) {
    const { member } = row
    const base = {
      name: member.name,
      orgNumber: member.orgNumber,
      type: row.typeLabel,
      municipality: row.municipalityName || null,
      municipalityCode: member.municipalityCode,
      website: member.website || null,
      address:
        [member.streetAddress, [member.postalCode, member.postalTown].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', ') || null
    }
    const periods = row.periods.length > 0 ? row.periods : [undefined]
    for (const period of periods) {
      const isLatest = period === row.latestPeriod
      sheet.addRow({
        ...base,
        status: isLatest || !period ? row.statusLabel : membershipStatusLabels[periodStatus(period, true, { today })],
        period: period?.number ?? null,
        decisionDate: excelDate(period?.decisionDate),
        decisionReference: period?.decisionReference || null,
        decidedBy: period?.decidedBy || null,
        startDate: excelDate(period?.startDate),
        endDate: excelDate(period?.endDate),
        welcomeComplete: period
          ? isWelcomePackageComplete(period.welcomePackage, period.number)
            ? 'Ja'
            : 'Nej'
          : null,
        endedOn: excelDate(period?.ending?.endedOn),
        endReason: period?.ending?.reason ?? null
      })
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: columns.length } }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
