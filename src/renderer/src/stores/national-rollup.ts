import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { parseCountyFiguresFile } from '@/domain/annual-figures/county-figures-file'
import {
  addCountyFile,
  nationalRollup,
  nationalRollupFileName,
  type RollupFile
} from '@/domain/annual-figures/national-rollup'
import { nationalRollupReport } from '@/domain/annual-figures/national-rollup-report'
import { openFileLimits } from '@/platform/platform'
import { useAppStore } from './app'
import { useCountyProfileStore } from './county-profile'

/** The outcome of reading one länsfil: a notice (a län read twice), a refusal, or nothing to say. */
export type ReadOutcome =
  { kind: 'added'; notice: string | null } | { kind: 'refused'; message: string } | { kind: 'cancelled' }

/**
 * Riksöversikt: the länsfiler read in this session (not stored: they are
 * other counties' figures), the roll-up over them, and saving it as PDF or .xlsx.
 */
export const useNationalRollupStore = defineStore('nationalRollup', () => {
  const app = useAppStore()
  const files = shallowRef<RollupFile[]>([])
  const rollup = computed(() => nationalRollup(files.value, { summaryOnly: true }))
  /** 0–1 while the PDF is being made. */
  const progress = ref<number | null>(null)

  async function readFile(): Promise<ReadOutcome> {
    const picked = await app
      .requirePlatform()
      .openFile([{ name: 'Länsfil (.json)', extensions: ['json'] }], openFileLimits.countyFigures)
    if (picked.status === 'cancelled') return { kind: 'cancelled' }
    if (picked.status === 'too-large')
      return {
        kind: 'refused',
        message: `${picked.name} kan inte läsas in: filen är för stor för att vara en länsfil.`
      }
    const parsed = parseCountyFiguresFile(new TextDecoder().decode(picked.bytes), picked.name)
    if (!parsed.ok) return { kind: 'refused', message: parsed.message }
    const added = addCountyFile(files.value, { fileName: picked.name, file: parsed.file })
    if (!added.ok) return { kind: 'refused', message: added.message }
    files.value = added.files
    return { kind: 'added', notice: added.notice }
  }

  function clear(): void {
    files.value = []
  }

  async function save(name: string, bytes: Uint8Array, extension: 'pdf' | 'xlsx'): Promise<string> {
    const filters =
      extension === 'pdf' ? [{ name: 'PDF', extensions: ['pdf'] }] : [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }]
    const saved = await app.requirePlatform().saveFile(name, bytes, filters)
    return saved.status === 'saved' ? `Riksöversikten sparades: ${saved.path}.` : ''
  }

  /** Saves the roll-up as PDF (made off the main thread) or as .xlsx with every count of the format. */
  async function saveAs(format: 'pdf' | 'xlsx'): Promise<string> {
    const profile = useCountyProfileStore().profile
    if (!profile) throw new Error('Länsprofilen saknas.')
    const report = nationalRollupReport(files.value, profile, app.today)
    if (format === 'xlsx') {
      const { exportNationalRollup } = await import('@/io/excel/national-rollup-export')
      return save(
        nationalRollupFileName(report.year, 'xlsx'),
        await exportNationalRollup(nationalRollup(files.value)),
        'xlsx'
      )
    }
    const { nationalRollupPdfInWorker } = await import('@/io/pdf/report-pdf-client')
    progress.value = 0
    try {
      const bytes = await nationalRollupPdfInWorker(report, { onProgress: (f) => (progress.value = f) })
      return await save(nationalRollupFileName(report.year, 'pdf'), bytes, 'pdf')
    } finally {
      progress.value = null
    }
  }

  return { files, rollup, progress, readFile, clear, saveAs }
})
