import { readCell, type DeclaredSymbols } from './cell-value'
import type { RegionMatch } from './region-label'
import { sexOrder, type Observation, type RegionRef, type Sex } from './statistics-table'

/**
 * Gathers a reader's observations: interprets cells, drops repeated rows
 * (Kolada lists the selected kommun twice), and turns what it had to guess
 * into Swedish warnings for the preview.
 */
export class ObservationCollector {
  readonly observations: Observation[] = []
  /** measure × region → (year × sex → index of the observation); numeric ids keep the per-cell cost low. */
  private readonly seen = new Map<number, Map<number, number>>()
  private readonly measureIds = new Map<string, number>()
  private readonly regionIds = new Map<string, number>()
  private readonly yearIds = new Map<string, number>()
  private readonly unmatched = new Map<string, RegionRef>()
  private readonly unknownTexts = new Map<string, number>()
  private readonly repeatedRegions = new Set<string>()
  private repeatedCount = 0
  private readonly conflicts: string[] = []
  private readonly footnotes = new Map<string, number>()
  private readonly regionNotes = new Map<string, string>()

  /** `declared`: the file's own symbols (PC-Axis DATASYMBOL…), which take precedence over SCB's defaults. */
  constructor(private readonly declared?: DeclaredSymbols) {}

  add(measure: string, match: RegionMatch, year: string, sex: Sex, cell: string | number | null | undefined): void {
    const { region } = match
    if (match.note) this.regionNotes.set(region.name, match.note)
    else if (!match.matched) this.unmatched.set(`${region.code ?? ''} ${region.name}`, region)
    let value: number | null = null
    let missingSymbol: string | undefined
    if (typeof cell === 'number' && Number.isFinite(cell)) value = cell
    else {
      const reading = readCell(cell, this.declared)
      if (reading.kind === 'value') {
        value = reading.value
        if (reading.footnote) this.footnotes.set(reading.footnote, (this.footnotes.get(reading.footnote) ?? 0) + 1)
      } else if (reading.kind === 'missing') missingSymbol = reading.symbol
      else {
        missingSymbol = reading.text
        this.unknownTexts.set(reading.text, (this.unknownTexts.get(reading.text) ?? 0) + 1)
      }
    }
    const seriesKey =
      idOf(this.measureIds, measure) * 2 ** 21 + idOf(this.regionIds, region.code ?? `\u0001${region.name}`)
    let series = this.seen.get(seriesKey)
    if (!series) this.seen.set(seriesKey, (series = new Map()))
    const cellKey = idOf(this.yearIds, year) * 4 + sexOrder.indexOf(sex)
    const earlier = series.get(cellKey)
    if (earlier !== undefined) {
      this.noteRepeat(this.observations[earlier], value, missingSymbol)
      return
    }
    series.set(cellKey, this.observations.length)
    const observation: Observation = { measure, region, year, sex, value }
    if (missingSymbol !== undefined) observation.missingSymbol = missingSymbol
    this.observations.push(observation)
  }

  private noteRepeat(earlier: Observation | undefined, value: number | null, missingSymbol: string | undefined): void {
    if (!earlier) return
    if (earlier.value === value && (value !== null || earlier.missingSymbol === missingSymbol)) {
      this.repeatedCount++
      this.repeatedRegions.add(earlier.region.name)
    } else {
      this.conflicts.push(`${earlier.region.name} ${earlier.year} (${earlier.measure})`)
    }
  }

  warnings(): string[] {
    const warnings: string[] = []
    for (const region of this.unmatched.values()) warnings.push(unmatchedRegionWarning(region))
    warnings.push(...this.regionNotes.values())
    if (this.repeatedCount > 0) {
      const names = [...this.repeatedRegions].join(', ')
      warnings.push(
        `${this.repeatedCount} värden fanns två gånger i filen med samma värde (${names}) och lästes in en gång.`
      )
    }
    if (this.conflicts.length > 0) {
      const examples = this.conflicts.slice(0, 3).join('; ')
      warnings.push(
        `${this.conflicts.length} värden fanns två gånger i filen med olika värden, t.ex. ${examples}. ` +
          'Det första värdet används; kontrollera tabellen i källan innan du importerar.'
      )
    }
    for (const [text, count] of this.unknownTexts) {
      warnings.push(
        `Cellvärdet "${text}" (${count} celler) är varken ett tal eller en symbol för saknat värde (.., ., -) ` +
          'och läses som saknat värde. Rätta filen om det ska vara ett tal.'
      )
    }
    if (this.footnotes.size > 0) {
      const markers = [...this.footnotes].map(([marker, count]) => `"${marker}" (${count} celler)`).join(', ')
      warnings.push(
        `Fotnotsmarkeringar efter talen togs bort: ${markers}. Läs fotnoterna i källan; talen lästes in utan markeringen.`
      )
    }
    return warnings
  }
}

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key)
  if (id === undefined) ids.set(key, (id = ids.size))
  return id
}

function unmatchedRegionWarning(region: RegionRef): string {
  if (region.code === null) {
    return (
      `Regionen "${region.name}" känns inte igen som riket, ett län eller en kommun. ` +
      'Dess värden läses in utan regionkod och kan inte jämföras med andra regioner; rätta namnet i filen om det är en kommun eller ett län.'
    )
  }
  return (
    `Regionkoden ${region.code} ("${region.name}") finns inte i dagens indelning (21 län, 290 kommuner). ` +
    'Värdena läses in med koden som den står; kontrollera om tabellen följer en äldre regionindelning.'
  )
}
