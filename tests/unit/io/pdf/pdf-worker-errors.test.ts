import { describe, expect, it, vi } from 'vitest'
import type { CountyLogo } from '@/domain/county-profile'
import { evaluationReport } from '@/domain/evaluation/evaluation-report'
import type { CertificatePdfReply, CertificatePdfRequest } from '@/io/pdf/certificate-pdf-messages'
import type { ReportPdfReply, ReportPdfRequest } from '@/io/pdf/report-pdf-messages'
import { InProcessWorker } from '../../in-process-worker'
import { sampleEvaluationReportInput } from '../../../builders/evaluation-report-sample'
import { sheet } from './certificate-sheets'

/** A logo that says PNG but holds four bytes of nothing: pdfkit refuses it. */
const brokenLogo: CountyLogo = { mimeType: 'image/png', fileName: 'logo.png', dataUrl: 'data:image/png;base64,AAAA' }

/** Runs one request through a real worker module and returns its last reply. */
async function lastReply<Request, Reply extends { type: string }>(
  load: () => Promise<unknown>,
  request: Request
): Promise<Reply> {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const worker = await new InProcessWorker<Request, Reply>(load).start()
  const answered = new Promise<Reply>((resolve) =>
    worker.addEventListener('message', (event) => {
      const reply = (event as { data: Reply }).data
      if (reply.type !== 'progress') resolve(reply)
    })
  )
  worker.postMessage(request)
  return answered
}

describe('PDF workers', () => {
  it('the certificate worker posts what went wrong, on one line, with what to do', async () => {
    const reply = await lastReply<CertificatePdfRequest, CertificatePdfReply>(
      () => import('@/io/pdf/certificate-pdf.worker'),
      {
        sheets: [sheet({ logo: brokenLogo })]
      }
    )
    expect(reply.type).toBe('error')
    const message = (reply as { message: string }).message
    expect(message).toMatch(/^PDF-filen kunde inte skapas \(.*Unknown image format.*\)\. Försök igen/)
    expect(message).not.toContain('\n')
  })

  it('the report worker posts what went wrong with the report', async () => {
    const input = sampleEvaluationReportInput({ dialogues: 1, actions: 1, eventsPerYear: 1, measures: 0 })
    const report = evaluationReport({ ...input, profile: { ...input.profile, logo: brokenLogo } })
    const reply = await lastReply<ReportPdfRequest, ReportPdfReply>(() => import('@/io/pdf/report-pdf.worker'), {
      kind: 'evaluation',
      report,
      archival: false
    })
    expect(reply.type).toBe('error')
    expect((reply as { message: string }).message).toMatch(
      /^Rapporten kunde inte skapas som PDF \(.*Unknown image format.*\)\. Försök igen/
    )
  })
})
