import { findCounty, type CountyLogo, type CountyProfile, type StrategySymbol } from '../county-profile'
import { focusAreaWords } from '../county-words'
import { reportHandling, type ReportHandling } from '../report-handling'
import { strategyTitle } from '../strategy-title'
import { annualFigureFootnotes, annualFigureParts, type FigurePart } from './annual-figure-tables'
import { annualFigures, type AnnualFigures, type AnnualFiguresInput } from './annual-figures'
import type { AnnualFigureNote } from './annual-figure-notes'

/** The årsuppföljning as plain data for the screen, the PDF (in a worker) and the .xlsx. */
export interface AnnualFiguresReport {
  year: number
  title: string
  countyName: string
  strategyTitle: string
  logo: CountyLogo | null
  symbol: StrategySymbol
  handling: ReportHandling
  createdOn: string
  /** The year has not ended yet: the figures may still change. */
  preliminary: boolean
  figures: AnnualFigures
  parts: FigurePart[]
  footnotes: { key: AnnualFigureNote; number: number; text: string }[]
}

export function annualFiguresReport(
  input: AnnualFiguresInput & { profile: CountyProfile; today: string; caseNumber?: string }
): AnnualFiguresReport {
  const { profile, today, year } = input
  const figures = annualFigures({ ...input, focusAreaTerm: profile.focusAreaTerm })
  const words = focusAreaWords(profile.focusAreaTerm)
  const parts = annualFigureParts(figures, words)
  const strategy = strategyTitle(profile)
  return {
    year,
    title: `Årsuppföljning ${year} – ${strategy}`,
    countyName: findCounty(profile.countyCode)?.name ?? `Län ${profile.countyCode}`,
    strategyTitle: strategy,
    logo: profile.logo,
    symbol: profile.strategySymbol,
    handling: reportHandling(profile, today, input.caseNumber),
    createdOn: today,
    preliminary: today <= `${year}-12-31`,
    figures,
    parts,
    footnotes: annualFigureFootnotes(parts, words)
  }
}
