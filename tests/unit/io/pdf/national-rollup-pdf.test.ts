import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { annualFigures } from '@/domain/annual-figures/annual-figures'
import { countyFiguresFile } from '@/domain/annual-figures/county-figures-file'
import { addCountyFile, type RollupFile } from '@/domain/annual-figures/national-rollup'
import { nationalRollupReport } from '@/domain/annual-figures/national-rollup-report'
import { emptyCountyProfile } from '@/domain/county-profile'
import { nationalRollupPdf } from '@/io/pdf/national-rollup-pdf'
import { annualInput } from '../../domain/annual-figures/annual-register'

function file(countyCode: string, createdAt: string, dialoguesHeld: number): RollupFile {
  const f = countyFiguresFile({ figures: annualFigures(annualInput(2026)), countyCode, appVersion: '1.4.0', createdAt })
  f.figures.dialoguesHeld = dialoguesHeld
  return { fileName: `lan-${countyCode}.json`, file: f }
}

describe('riksöversikt PDF', () => {
  it('prints every summary column of every län, the total and the files, the wide table on a landscape page', async () => {
    let files: RollupFile[] = []
    for (const f of [
      file('08', '2027-02-10T10:00:00Z', 2),
      file('13', '2027-02-01T10:00:00Z', 7),
      file('25', '2027-01-01T10:00:00Z', 11),
      file('08', '2027-02-11T10:00:00Z', 3)
    ]) {
      const added = addCountyFile(files, f)
      if (added.ok) files = added.files
    }
    const bytes = await nationalRollupPdf(
      nationalRollupReport(files, { ...emptyCountyProfile(), countyCode: '08' }, '2027-02-12')
    )
    const path = join(mkdtempSync(join(tmpdir(), 'riks-')), 'riksoversikt.pdf')
    writeFileSync(path, bytes)
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
    expect(text).toContain('RIKSÖVERSIKT')
    expect(text).toMatch(/Utvärderingar/)
    // The fifth figure is Dialoger: Kalmar's newer file (3), Halland (7), Norrbotten (11).
    const totals = /\n ?Totalt ((?:\d+ ?){10})\n/.exec(text)?.[1]?.trim().split(' ')
    expect(totals?.[4]).toBe('21')
    expect(text).toContain('Län med länsfil 3 av 21')
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '9', path], { encoding: 'utf8' }).match(
      /Page +\d+ size: +[\d.]+ x [\d.]+/g
    )!
    expect(sizes.some((s) => /841\.8\d* x 595\.2/.test(s))).toBe(true)
  })
})
