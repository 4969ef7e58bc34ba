import type { CountyLogo, CountyProfile, StrategySymbol } from '../county-profile'
import { findCounty } from '../county-profile'
import { placeAndDate } from '../regions/county-seats'
import { strategyTitle } from '../strategy-title'
import { formatProseDate } from '../swedish-format'
import type { Certificate } from './certificate'

/**
 * Everything printed on one certificate page, as plain data: it crosses to
 * the PDF worker as is. The text comes from the certificate as issued; only
 * the logo and the strategy symbol are the county profile's current ones.
 * Dates in running text are written out ("15 mars 2026"), those in the
 * period table stay ISO.
 */
export interface CertificateSheet {
  number: string
  code: string
  memberName: string
  orgNumber: string
  decisionDate: string
  /** "15 mars 2026", for "genom ledningsbeslut den 15 mars 2026". */
  decisionDateText: string
  periodNumber: number
  periodStartDate: string
  periodEndDate: string
  countyName: string
  strategyTitle: string
  signatoryName: string
  signatoryTitle: string
  issuedOn: string
  /** "Kalmar den 23 november 2026": the seat of the länsstyrelse and the day of issue. */
  placeAndDate: string
  logo: CountyLogo | null
  symbol: StrategySymbol
}

export function certificateSheet(
  certificate: Certificate,
  profile: Pick<CountyProfile, 'logo' | 'strategySymbol'>
): CertificateSheet {
  const { content } = certificate
  return {
    number: certificate.number,
    code: certificate.code,
    memberName: content.memberName,
    orgNumber: content.orgNumber,
    decisionDate: content.decisionDate,
    decisionDateText: formatProseDate(content.decisionDate),
    periodNumber: certificate.periodNumber,
    periodStartDate: content.periodStartDate,
    periodEndDate: content.periodEndDate,
    countyName: findCounty(content.countyCode)?.name ?? `Län ${content.countyCode}`,
    strategyTitle: strategyTitle(content),
    signatoryName: certificate.signatory.name,
    signatoryTitle: certificate.signatory.title,
    issuedOn: certificate.issuedOn,
    placeAndDate: placeAndDate(content.countyCode, certificate.issuedOn),
    logo: profile.logo,
    symbol: profile.strategySymbol
  }
}
