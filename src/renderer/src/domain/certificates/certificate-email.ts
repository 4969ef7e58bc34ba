import { issuingAuthority } from '../report-handling'
import type { CertificateSheet } from './certificate-sheet'

/** The Swedish subject and body of the e-mail that sends a member its certificate ("Skicka intyg"). */
export function certificateEmail(
  sheet: Pick<
    CertificateSheet,
    | 'memberName'
    | 'number'
    | 'strategyTitle'
    | 'countyName'
    | 'periodStartDate'
    | 'periodEndDate'
    | 'code'
    | 'signatoryName'
    | 'signatoryTitle'
  >
): { subject: string; body: string } {
  const signature = [sheet.signatoryName, sheet.signatoryTitle, issuingAuthority(sheet.countyName)].filter(
    (line) => line.trim() !== ''
  )
  return {
    subject: `Intyg om anslutning till ${sheet.strategyTitle} – ${sheet.memberName}`,
    body: [
      'Hej!',
      '',
      `Här kommer intyget om att ${sheet.memberName} är ansluten till ${sheet.strategyTitle} för perioden ${sheet.periodStartDate}–${sheet.periodEndDate}. Intyget har nummer ${sheet.number} och kontrollkoden ${sheet.code}; med dem kan vem som helst kontrollera intyget hos länsstyrelsen.`,
      '',
      'Intyget finns som PDF i bilagan.',
      '',
      'Med vänliga hälsningar',
      ...signature
    ].join('\n')
  }
}

/** "Intyg H-2026-014 Kalmar kommun.pdf" as an ASCII-safe attachment name: "intyg-H-2026-014.pdf". */
export function certificateAttachmentName(number: string): string {
  return `intyg-${number.replace(/[^A-Za-z0-9-]/g, '')}.pdf`
}
