import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { loadAnnualFiguresInput } from '@/data/annual-figures-loader'
import { useDatabase } from '@/data/database-instance'
import { annualFiguresYearRange, defaultReportYear } from '@/domain/annual-figures/annual-figures'
import { annualFiguresReport, type AnnualFiguresReport } from '@/domain/annual-figures/annual-figures-report'
import { countyFiguresFile, countyFiguresFileName } from '@/domain/annual-figures/county-figures-file'
import { useAppStore } from './app'
import { useCountyProfileStore } from './county-profile'

/** The Årsuppföljning screen: the chosen year's figures, and saving them as PDF or .xlsx. */
export const useAnnualFiguresStore = defineStore('annualFigures', () => {
  const app = useAppStore()
  const year = ref(defaultReportYear(app.today))
  const report = shallowRef<AnnualFiguresReport | null>(null)
  /** The years that can be chosen: from the register's first period to this year. */
  const years = ref<number[]>([])
  /** 0–1 while the PDF is being made. */
  const progress = ref<number | null>(null)

  async function load(caseNumber = ''): Promise<void> {
    const input = await loadAnnualFiguresInput(useDatabase(), year.value)
    const range = annualFiguresYearRange(input.periods, Number(app.today.slice(0, 4)))
    years.value = Array.from({ length: range.last - range.first + 1 }, (_, i) => range.last - i)
    report.value = annualFiguresReport({ ...input, today: app.today, caseNumber })
  }

  async function save(name: string, bytes: Uint8Array, extension: 'pdf' | 'xlsx'): Promise<string> {
    const filters =
      extension === 'pdf' ? [{ name: 'PDF', extensions: ['pdf'] }] : [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }]
    const saved = await app.requirePlatform().saveFile(name, bytes, filters)
    return saved.status === 'saved' ? `Årsuppföljningen sparades: ${saved.path}.` : ''
  }

  /** Saves the figures as PDF (PDF/A-2b when `archival`), made off the main thread, or as .xlsx; the diarienummer goes on the cover and in the footer. */
  async function saveAs(format: 'pdf' | 'xlsx', options: { archival: boolean; caseNumber: string }): Promise<string> {
    await load(options.caseNumber)
    const current = report.value!
    const { annualFiguresFileName, exportAnnualFigures } = await import('@/io/excel/annual-figures-export')
    if (format === 'xlsx')
      return save(annualFiguresFileName(current.year, 'xlsx'), await exportAnnualFigures(current), 'xlsx')
    const { annualFiguresPdfInWorker } = await import('@/io/pdf/report-pdf-client')
    progress.value = 0
    try {
      const bytes = await annualFiguresPdfInWorker(current, {
        archival: options.archival,
        onProgress: (f) => (progress.value = f)
      })
      return await save(annualFiguresFileName(current.year, 'pdf'), bytes, 'pdf')
    } finally {
      progress.value = null
    }
  }

  /** Saves the year's figures as a länsfil (JSON, counts only) for the riksöversikt. */
  async function saveCountyFile(): Promise<string> {
    await load()
    const countyCode = useCountyProfileStore().profile?.countyCode
    if (!countyCode) throw new Error('Länsprofilen saknas.')
    const file = countyFiguresFile({
      figures: report.value!.figures,
      countyCode,
      appVersion: app.info?.version ?? 'okänd',
      createdAt: new Date().toISOString()
    })
    const bytes = new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`)
    const saved = await app
      .requirePlatform()
      .saveFile(countyFiguresFileName(file), bytes, [{ name: 'Länsfil (.json)', extensions: ['json'] }])
    return saved.status === 'saved'
      ? `Länsfilen för ${file.countyName} ${file.year} sparades: ${saved.path}. Skicka den till den som sammanställer riksöversikten.`
      : ''
  }

  return { year, years, report, progress, load, saveAs, saveCountyFile }
})
