/**
 * 300 certificates in one PDF (issue 6's target: under 3 s), from sheets
 * built off the member generator, with a PNG county logo on every page.
 * The first run also loads pdfmake and its fonts; the median is of the
 * runs after it.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { certificateSheet } from '../../../src/renderer/src/domain/certificates/certificate-sheet'
import { generateMembers } from '../../../src/renderer/src/domain/test-data/member-generator'
import { toDataUrl } from '../../../src/renderer/src/io/data-url'
import { certificatesPdf } from '../../../src/renderer/src/io/pdf/certificate-pdf'
import { result, sampleMs, type Scenario } from '../measure'

async function sheets(count: number) {
  const today = '2026-11-23'
  const { members, periods } = generateMembers({ seed: 6, count, countyCode: '08', today })
  const logo = {
    mimeType: 'image/png' as const,
    fileName: 'icon.png',
    dataUrl: toDataUrl(new Uint8Array(await readFile('resources/icon.png')), 'image/png')
  }
  return members.map((member, i) => {
    const period = periods.find((p) => p.memberId === member.id)!
    return certificateSheet(
      {
        id: `c${i}`,
        number: `H-2026-${String(i + 1).padStart(3, '0')}`,
        code: 'WMCH-KGY6-EY',
        memberId: member.id,
        periodId: period.id,
        periodNumber: period.number,
        issuedAt: `${today}T08:00:00.000Z`,
        issuedOn: today,
        content: {
          number: `H-2026-${String(i + 1).padStart(3, '0')}`,
          orgNumber: member.orgNumber,
          memberName: member.name,
          periodStartDate: period.startDate,
          periodEndDate: period.endDate,
          decisionDate: period.decisionDate,
          countyCode: '08',
          strategyName: 'Ett jämställt Kalmar län',
          strategyStartYear: 2023,
          strategyEndYear: 2027
        },
        signatory: { name: 'Helene Öberg', title: 'Landshövding' }
      },
      { logo, strategySymbol: { kind: 'gear' } }
    )
  })
}

export const certificatesScenario: Scenario = {
  name: 'certificates PDF (Node)',
  async run({ smoke, outDir }) {
    const count = smoke ? 3 : 300
    const input = await sheets(count)
    let bytes: Uint8Array = new Uint8Array()
    const samples = await sampleMs(smoke ? 1 : 5, async () => {
      bytes = await certificatesPdf(input)
    })
    if (outDir) await writeFile(join(outDir, `certificates-${count}.pdf`), bytes)
    return [
      result(`${count} certificates in one PDF (${Math.round(bytes.length / 1024)} KB)`, 'ms', samples, {
        target: '< 3000 ms',
        targetMax: 3000
      })
    ]
  }
}
