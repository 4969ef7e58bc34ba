import { findCounty, type CountyProfile } from '../county-profile'
import { reportHandling } from '../report-handling'
import { strategyTitle } from '../strategy-title'
import type { AnnualFiguresReport } from './annual-figures-report'
import { nationalRollup, type NationalRollup, type RollupFile } from './national-rollup'

/** The riksöversikt as plain data for the PDF (in a worker): the summary columns, under the reading county's identity (as the årsuppföljning's cover). */
export type NationalRollupReport = Pick<
  AnnualFiguresReport,
  'year' | 'title' | 'countyName' | 'strategyTitle' | 'logo' | 'symbol' | 'handling' | 'createdOn'
> & { rollup: NationalRollup }

export function nationalRollupReport(
  files: readonly RollupFile[],
  profile: CountyProfile,
  today: string
): NationalRollupReport {
  const rollup = nationalRollup(files, { summaryOnly: true })
  const year = rollup.year ?? Number(today.slice(0, 4))
  return {
    year,
    title: `Riksöversikt ${year} – anslutna verksamheter per län`,
    countyName: findCounty(profile.countyCode)?.name ?? `Län ${profile.countyCode}`,
    strategyTitle: strategyTitle(profile),
    logo: profile.logo,
    symbol: profile.strategySymbol,
    handling: reportHandling(profile, today),
    createdOn: today,
    rollup
  }
}
