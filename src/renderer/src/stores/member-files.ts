import { defineStore } from 'pinia'
import type { MemberRow } from '@/domain/members/member-list'
import type { SpreadsheetTable } from '@/io/spreadsheet/read-spreadsheet'
import { openFileLimits, type OpenFileResult, type SaveFileResult } from '@/platform/platform'
import { useAppStore } from './app'

/** The member register's files: the list saved as .xlsx, and a spreadsheet picked and read for the import. */
export const useMemberFilesStore = defineStore('memberFiles', () => {
  const app = useAppStore()

  /** The rows the list shows, as .xlsx through the platform (save dialog or download). */
  async function saveListXlsx(rows: readonly MemberRow[]): Promise<SaveFileResult> {
    // ExcelJS is large; it is loaded the first time a workbook is written.
    const { exportMemberList } = await import('@/io/excel/member-list-export')
    const bytes = await exportMemberList(rows, app.today)
    return app
      .requirePlatform()
      .saveFile(`Anslutna verksamheter ${app.today}.xlsx`, bytes, [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }])
  }

  /** The system's file dialog (or the browser's file input) for an .xlsx or .csv register. */
  function pickImportFile(): Promise<OpenFileResult> {
    return app
      .requirePlatform()
      .openFile([{ name: 'Kalkylark (.xlsx, .csv)', extensions: ['xlsx', 'csv'] }], openFileLimits.memberSpreadsheet)
  }

  /** Reads the picked file off the main thread; rejects with a SpreadsheetError whose message is Swedish. */
  async function readImportFile(name: string, bytes: Uint8Array): Promise<SpreadsheetTable> {
    const { readSpreadsheetOffThread } = await import('@/io/spreadsheet/spreadsheet-read-client')
    return readSpreadsheetOffThread(name, bytes)
  }

  return { saveListXlsx, pickImportFile, readImportFile }
})
