import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildMemberRows } from '@/domain/members/member-list'
import { generateMembers } from '@/domain/test-data/member-generator'
import { exportMemberList } from '@/io/excel/member-list-export'

const today = '2026-11-23'

describe('member list export', () => {
  it('writes one row per period with real dates, a frozen header and an autofilter', async () => {
    const { members, periods } = generateMembers({ seed: 7, count: 25, countyCode: '08', today })
    const rows = buildMemberRows(members, periods, { today })
    const bytes = await exportMemberList(rows, today)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer)
    const sheet = workbook.getWorksheet('Verksamheter')!
    expect(sheet.rowCount).toBe(1 + periods.length)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()

    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header.slice(0, 8)).toEqual([
      'Namn',
      'Organisationsnummer',
      'Typ',
      'Kommun',
      'Kommunkod',
      'Status',
      'Period',
      'Beslutsdatum'
    ])

    // Find the row for one known period and check every typed cell.
    const first = rows[0]!
    const p = first.periods[0]!
    const row = sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(2).value === first.member.orgNumber && r.getCell(7).value === p.number)!
    expect(row.getCell(1).value).toBe(first.member.name)
    expect(row.getCell(7).value).toBe(p.number)
    const decision = row.getCell(8).value
    expect(decision).toBeInstanceOf(Date)
    expect((decision as Date).toISOString().slice(0, 10)).toBe(p.decisionDate)
    expect(row.getCell(8).numFmt).toBe('yyyy-mm-dd')
    expect((row.getCell(12).value as Date).toISOString().slice(0, 10)).toBe(p.endDate)
    expect(['Ja', 'Nej']).toContain(row.getCell(13).value)
  })

  it('keeps å, ä and ö in names', async () => {
    const { members, periods } = generateMembers({ seed: 3, count: 5, countyCode: '08', today })
    const renamed = members.map((m, i) => (i === 0 ? { ...m, name: 'Ölands Ädelfors Åby förening' } : m))
    const bytes = await exportMemberList(buildMemberRows(renamed, periods, { today }), today)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer)
    const names = sheetColumn(workbook.getWorksheet('Verksamheter')!, 1)
    expect(names).toContain('Ölands Ädelfors Åby förening')
  })
})

function sheetColumn(sheet: ExcelJS.Worksheet, column: number): unknown[] {
  return (sheet.getColumn(column).values as unknown[]).slice(2)
}
