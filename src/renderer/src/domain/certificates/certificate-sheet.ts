import type { CountyLogo, CountyProfile } from '../county-profile'
import { findCounty } from '../county-profile'
import type { Certificate } from './certificate'
import { strategyTitle } from './certificate-content'

/**
 * Everything printed on one certificate page, as plain data: it crosses to
 * the PDF worker as is. The text comes from the certificate as issued; only
 * the logo is the county profile's current one.
 */
export interface CertificateSheet {
  number: string
  code: string
  memberName: string
  orgNumber: string
  decisionDate: string
  periodNumber: number
  periodStartDate: string
  periodEndDate: string
  countyName: string
  strategyTitle: string
  signatoryName: string
  signatoryTitle: string
  issuedOn: string
  logo: CountyLogo | null
}

export function certificateSheet(certificate: Certificate, profile: Pick<CountyProfile, 'logo'>): CertificateSheet {
  const { content } = certificate
  return {
    number: certificate.number,
    code: certificate.code,
    memberName: content.memberName,
    orgNumber: content.orgNumber,
    decisionDate: content.decisionDate,
    periodNumber: certificate.periodNumber,
    periodStartDate: content.periodStartDate,
    periodEndDate: content.periodEndDate,
    countyName: findCounty(content.countyCode)?.name ?? `Län ${content.countyCode}`,
    strategyTitle: strategyTitle(content),
    signatoryName: certificate.signatory.name,
    signatoryTitle: certificate.signatory.title,
    issuedOn: certificate.issuedOn,
    logo: profile.logo
  }
}
