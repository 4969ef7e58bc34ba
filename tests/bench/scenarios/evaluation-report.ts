/**
 * A 20-page utvärderingsrapport with 6 charts (issue 6's target: under 2 s),
 * from the generated sample: dialogues, actions and attendance enough for
 * about 20 pages, and six measures for the kommun, Kalmar län and Riket. The
 * time covers building the report data, drawing the charts (ECharts SSR, as
 * on screen) and writing the PDF. The first run also loads pdfmake, the
 * fonts and ECharts; the median is of the runs after it.
 */
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { evaluationReport } from '../../../src/renderer/src/domain/evaluation/evaluation-report'
import { sampleEvaluationReportInput } from '../../builders/evaluation-report-sample'
import { evaluationReportPdf } from '../../../src/renderer/src/io/pdf/evaluation-report-pdf'
import { result, sampleMs, type Scenario } from '../measure'

function pageCount(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length
}

export const evaluationReportScenario: Scenario = {
  name: 'evaluation report PDF (Node)',
  async run({ smoke, outDir }) {
    const size = smoke
      ? { dialogues: 4, actions: 4, eventsPerYear: 4, measures: 1 }
      : { dialogues: 64, actions: 76, eventsPerYear: 60, measures: 6 }
    const input = sampleEvaluationReportInput(size)
    let bytes: Uint8Array = new Uint8Array()
    const samples = await sampleMs(smoke ? 1 : 5, async () => {
      bytes = await evaluationReportPdf(evaluationReport(input))
    })
    const pages = pageCount(bytes)
    if (outDir) {
      const path = join(outDir, 'evaluation-report.pdf')
      await writeFile(path, bytes)
      execFileSync('pdfinfo', [path])
    }
    return [
      result(
        `evaluation report, ${pages} pages, ${size.measures} charts (${Math.round(bytes.length / 1024)} KB)`,
        'ms',
        samples,
        smoke ? {} : { target: '< 2000 ms', targetMax: 2000 }
      )
    ]
  }
}
