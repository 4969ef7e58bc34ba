import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { issueCertificates, periodIdsAwaitingCertificate } from '@/data/certificate-issue'
import { planIssue } from '@/data/certificate-issue-plan'
import { loadCertificates, verifyCertificate } from '@/data/certificate-repository'
import { useDatabase } from '@/data/database-instance'
import type { Certificate } from '@/domain/certificates/certificate'
import { certificateAttachmentName, certificateEmail } from '@/domain/certificates/certificate-email'
import { certificateSheet } from '@/domain/certificates/certificate-sheet'
import { issueConfirmation, type IssueConfirmation } from '@/domain/certificates/issue-confirmation'
import { countWith, nouns } from '@/domain/swedish-format'
import { useAppStore } from './app'
import { useCountyProfileStore } from './county-profile'
import { useMembersStore } from './members'

export interface PdfProgress {
  done: number
  total: number
}

/**
 * Certificates: issue one or many (a reprint gives the same number and code),
 * make the PDF off the main thread with progress, save it, and verify.
 */
export const useCertificatesStore = defineStore('certificates', () => {
  const app = useAppStore()
  const certificates = shallowRef<Certificate[]>([])
  const awaiting = shallowRef<string[]>([])
  const progress = ref<PdfProgress | null>(null)

  async function load(): Promise<void> {
    const db = useDatabase()
    ;[certificates.value, awaiting.value] = await Promise.all([
      loadCertificates(db),
      periodIdsAwaitingCertificate(db, app.today)
    ])
  }

  /**
   * The question to ask before issuing for the periods: how many new
   * certificates and the numbers they would take, read from the register as
   * it is now. Throws the register's Swedish reasons when some cannot be issued.
   */
  async function confirmation(periodIds: readonly string[]): Promise<IssueConfirmation> {
    const db = useDatabase()
    const planned = await db.transaction('r', [db.settings, db.members, db.membershipPeriods, db.certificates], () =>
      planIssue(db, periodIds, app.today)
    )
    if (!planned.ok) throw new Error(planned.problems.join(' '))
    const fresh = planned.plan.items.flatMap((item) => ('fresh' in item ? [item.fresh.content.number] : []))
    return issueConfirmation(fresh, planned.plan.items.length - fresh.length)
  }

  /** Issues certificates for the periods (or reuses theirs) and makes one PDF of them, off the main thread. */
  async function issuedPdf(periodIds: readonly string[]) {
    const issued = await issueCertificates(useDatabase(), [...periodIds], app.today)
    if (!issued.ok) throw new Error([issued.errors.message, ...issued.errors.problems].join(' '))
    await Promise.all([load(), useMembersStore().load()])
    const profile = useCountyProfileStore().profile!
    const sheets = issued.value.certificates.map((c) => certificateSheet(c, profile))
    progress.value = { done: 0, total: sheets.length }
    try {
      const { certificatesPdfInWorker } = await import('@/io/pdf/certificate-pdf-client')
      const bytes = await certificatesPdfInWorker(sheets, (done, total) => (progress.value = { done, total }))
      return { bytes, sheets, newlyIssued: issued.value.newlyIssued.length }
    } finally {
      progress.value = null
    }
  }

  /**
   * Issues certificates for the periods (or reuses theirs), makes one PDF and
   * saves it. Returns a Swedish sentence for the screen.
   */
  async function issueAndSave(periodIds: readonly string[], fileLabel: string): Promise<string> {
    const { bytes, sheets, newlyIssued } = await issuedPdf(periodIds)
    const saved = await app
      .requirePlatform()
      .saveFile(`Intyg ${fileLabel} ${app.today}.pdf`, bytes, [{ name: 'PDF', extensions: ['pdf'] }])
    const count = sheets.length === 1 ? 'Intyget' : countWith(sheets.length, nouns.certificate)
    const news =
      newlyIssued === sheets.length ? '' : ` (${newlyIssued} nya, ${sheets.length - newlyIssued} utskrivna igen)`
    return saved.status === 'saved'
      ? `${count}${news} sparades i ${saved.path}.`
      : `${count} utfärdades men PDF-filen sparades inte.`
  }

  /**
   * "Skicka intyg": issues (or reuses) the period's certificate and saves an
   * e-mail draft (.eml) to the member's contact persons with the PDF attached,
   * which Outlook and Thunderbird open as a message ready to send.
   */
  async function issueAndDraftEmail(periodId: string, fileLabel: string, to: readonly string[]): Promise<string> {
    if (to.length === 0)
      throw new Error('Verksamhetens kontaktpersoner har inga e-postadresser. Lägg till en under Redigera uppgifter.')
    const { bytes, sheets } = await issuedPdf([periodId])
    const sheet = sheets[0]!
    const { emlDraft } = await import('@/io/email/eml-draft')
    const eml = emlDraft({
      to,
      ...certificateEmail(sheet),
      attachment: { fileName: certificateAttachmentName(sheet.number), mimeType: 'application/pdf', bytes },
      date: new Date()
    })
    const saved = await app
      .requirePlatform()
      .saveFile(`Intyg ${fileLabel}.eml`, eml, [{ name: 'E-postmeddelande', extensions: ['eml'] }])
    return saved.status === 'saved'
      ? `E-postutkastet med intyget sparades i ${saved.path}. Öppna filen: den öppnas som ett nytt meddelande i Outlook eller Thunderbird.`
      : ''
  }

  const verify = (typed: string) => verifyCertificate(useDatabase(), typed, app.today)

  return { certificates, awaiting, progress, load, confirmation, issueAndSave, issueAndDraftEmail, verify }
})
