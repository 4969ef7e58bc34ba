import type { ChartSpec } from '../charts/chart-spec'
import { chartPalette } from '../charts/chart-spec'
import { memberTypeLabels, memberTypes } from '../members/member-type'
import { counties } from '../regions/counties'
import { goalKeys } from './annual-figures'
import type { CountyFigures, CountyFiguresFile } from './county-figures-file'

/**
 * Riksöversikt: the länsfiler of several counties for one year side by side,
 * one row per län (all 21, a län without a file left empty) and a total over
 * the files read. Reading a file goes through `addCountyFile`: one file per
 * län, the newer (by its creation time) wins, with a notice.
 */
export interface RollupFile {
  /** The name of the file read, shown in the list of files. */
  fileName: string
  file: CountyFiguresFile
}

export type AddOutcome = { ok: true; files: RollupFile[]; notice: string | null } | { ok: false; message: string }

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ')

/** The files after reading `incoming`: another year is refused; the same län twice keeps the newer file. */
export function addCountyFile(files: readonly RollupFile[], incoming: RollupFile): AddOutcome {
  const { file } = incoming
  const year = files[0]?.file.year
  if (year !== undefined && file.year !== year)
    return {
      ok: false,
      message: `${incoming.fileName} gäller ${file.year}, men översikten gäller ${year}. Töm översikten för att jämföra ett annat år.`
    }
  const existing = files.find((f) => f.file.countyCode === file.countyCode)
  if (!existing) return { ok: true, files: sortByCounty([...files, incoming]), notice: null }
  const others = files.filter((f) => f !== existing)
  if (file.createdAt > existing.file.createdAt)
    return {
      ok: true,
      files: sortByCounty([...others, incoming]),
      notice: `${file.countyName} fanns redan (${existing.fileName}, skapad ${when(existing.file.createdAt)}). Den nyare filen ${incoming.fileName}, skapad ${when(file.createdAt)}, används i stället.`
    }
  return {
    ok: true,
    files: [...files],
    notice: `${file.countyName} fanns redan (${existing.fileName}, skapad ${when(existing.file.createdAt)}). ${incoming.fileName}, skapad ${when(file.createdAt)}, är inte nyare och används inte.`
  }
}

function sortByCounty(files: RollupFile[]): RollupFile[] {
  return files.sort((a, b) => a.file.countyCode.localeCompare(b.file.countyCode))
}

export interface RollupColumn {
  key: string
  label: string
  /** Shown on screen and in the PDF; the .xlsx has every column. */
  summary: boolean
  value: (f: CountyFigures) => number
}

const sum = (record: Readonly<Record<string, number>>) => Object.values(record).reduce((n, v) => n + v, 0)
const participantsTotal = (f: CountyFigures) =>
  f.participants.women + f.participants.men + f.participants.nonBinary + f.participants.unknown

/** Every count of the format as a column, in the order the documents print them. */
export const rollupColumns: readonly RollupColumn[] = [
  { key: 'membersAtYearEnd', label: 'Anslutna vid årets slut', summary: true, value: (f) => sum(f.membersAtYearEnd) },
  ...memberTypes.map((t) => ({
    key: `membersAtYearEnd.${t}`,
    label: `Anslutna vid årets slut: ${memberTypeLabels[t]}`,
    summary: false,
    value: (f: CountyFigures) => f.membersAtYearEnd[t]
  })),
  { key: 'newMembers', label: 'Nya', summary: true, value: (f) => f.newMembers },
  { key: 'renewedMembers', label: 'Förnyade', summary: true, value: (f) => f.renewedMembers },
  { key: 'endedMembers', label: 'Avslutade', summary: true, value: (f) => f.endedMembers },
  { key: 'dialoguesHeld', label: 'Dialoger', summary: true, value: (f) => f.dialoguesHeld },
  { key: 'membersWithDialogue', label: 'Verksamheter med dialog', summary: false, value: (f) => f.membersWithDialogue },
  { key: 'plansAdopted', label: 'Insatsplaner', summary: true, value: (f) => f.plansAdopted },
  ...goalKeys.map((g) => ({
    key: `actionsBySubGoal.${g}`,
    label: `Insatser, delmål ${g}`,
    summary: false,
    value: (f: CountyFigures) => f.actionsBySubGoal[g]
  })),
  { key: 'eventsHeld', label: 'Aktiviteter', summary: true, value: (f) => f.eventsHeld },
  { key: 'participants', label: 'Deltagare', summary: true, value: participantsTotal },
  { key: 'participants.women', label: 'Deltagare: kvinnor', summary: false, value: (f) => f.participants.women },
  { key: 'participants.men', label: 'Deltagare: män', summary: false, value: (f) => f.participants.men },
  {
    key: 'participants.nonBinary',
    label: 'Deltagare: ickebinär/annan könsidentitet',
    summary: false,
    value: (f) => f.participants.nonBinary
  },
  {
    key: 'participants.unknown',
    label: 'Deltagare: uppgift saknas',
    summary: false,
    value: (f) => f.participants.unknown
  },
  {
    key: 'participants.members',
    label: 'Deltagare från anslutna verksamheter',
    summary: false,
    value: (f) => f.participants.members
  },
  {
    key: 'participants.nonMembers',
    label: 'Deltagare utanför anslutna verksamheter',
    summary: false,
    value: (f) => f.participants.nonMembers
  },
  { key: 'certificatesIssued', label: 'Intyg', summary: true, value: (f) => f.certificatesIssued },
  { key: 'evaluationsCompleted', label: 'Utvärderingar', summary: true, value: (f) => f.evaluationsCompleted },
  { key: 'evaluationsRenewed', label: 'Utvärderingar: förnya', summary: false, value: (f) => f.evaluationsRenewed },
  { key: 'evaluationsEnded', label: 'Utvärderingar: avsluta', summary: false, value: (f) => f.evaluationsEnded }
]

export interface RollupRow {
  countyCode: string
  countyName: string
  /** One value per column; null for a län without a file. */
  values: (number | null)[]
  file: { name: string; createdAt: string; appVersion: string } | null
}

export interface NationalRollup {
  year: number | null
  columns: { key: string; label: string }[]
  /** The 21 län in länskod order. */
  rows: RollupRow[]
  /** Sums over the files read. */
  totals: number[]
  countiesWithFile: number
  chart: ChartSpec | null
}

export function nationalRollup(files: readonly RollupFile[], options: { summaryOnly?: boolean } = {}): NationalRollup {
  const columns = rollupColumns.filter((c) => !options.summaryOnly || c.summary)
  const byCounty = new Map(files.map((f) => [f.file.countyCode, f]))
  const rows = counties.map((c): RollupRow => {
    const read = byCounty.get(c.code)
    return {
      countyCode: c.code,
      countyName: c.name,
      values: columns.map((col) => (read ? col.value(read.file.figures) : null)),
      file: read ? { name: read.fileName, createdAt: read.file.createdAt, appVersion: read.file.appVersion } : null
    }
  })
  const totals = columns.map((_, i) => rows.reduce((n, r) => n + (r.values[i] ?? 0), 0))
  const year = files[0]?.file.year ?? null
  return {
    year,
    columns: columns.map(({ key, label }) => ({ key, label })),
    rows,
    totals,
    countiesWithFile: byCounty.size,
    chart: year === null ? null : rollupChart(files, year)
  }
}

/** Members at year end, dialogues and events per län with a file, as horizontal bars. */
function rollupChart(files: readonly RollupFile[], year: number): ChartSpec {
  const shown = rollupColumns.filter((c) => ['membersAtYearEnd', 'dialoguesHeld', 'eventsHeld'].includes(c.key))
  return {
    kind: 'bar',
    horizontal: true,
    title: `Anslutna, dialoger och aktiviteter per län ${year}`,
    categories: files.map((f) => f.file.countyName),
    series: shown.map((c, i) => ({
      name: c.label,
      color: chartPalette[i],
      values: files.map((f) => c.value(f.file.figures))
    }))
  }
}

/** "riksoversikt-2026.pdf". */
export function nationalRollupFileName(year: number, extension: 'pdf' | 'xlsx'): string {
  return `riksoversikt-${year}.${extension}`
}
