import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { certificatesPdf } from '@/io/pdf/certificate-pdf'
import { pngLogo, sheet, svgLogo } from './certificate-sheets'

const folder = mkdtempSync(join(tmpdir(), 'kugghjul-intyg-'))

async function pdfFile(name: string, ...args: Parameters<typeof certificatesPdf>): Promise<string> {
  const path = join(folder, name)
  writeFileSync(path, await certificatesPdf(...args))
  return path
}

const text = (path: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
const info = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' })
const fonts = (path: string) => execFileSync('pdffonts', [path], { encoding: 'utf8' })

describe('certificate PDF', () => {
  it('prints member, orgnr, dates, number and code with Swedish characters intact, on one A4 page', async () => {
    const path = await pdfFile('one.pdf', [sheet()])
    // Line breaks and layout spaces as single spaces: a long name may wrap.
    const printed = text(path).replace(/\s+/g, ' ')
    for (const expected of [
      'Åsele Ängsbacka Öländska Éléonorestiftelsen',
      'organisationsnummer 202100-2304',
      'genom ledningsbeslut den 15 mars 2026 har anslutit sig till',
      'Ett jämställt Kalmar län 2023–2027',
      '2026-03-15 – 2029-03-14 (period 1)',
      'H-2026-014',
      'WMCH-KGY6-EY',
      'Helene Öberg',
      'Landshövding',
      'Länsstyrelsen i Kalmar län'
    ])
      expect(printed).toContain(expected)
    // The place-and-date line stands above the signature; the period table keeps ISO dates.
    expect(printed).toMatch(/Ledningsbeslut 2026-03-15 Kalmar den 23 november 2026 Helene Öberg Landshövding/)
    const metadata = info(path)
    expect(metadata).toMatch(/^Title:\s+Intyg H-2026-014 – Åsele Ängsbacka Öländska Éléonorestiftelsen$/m)
    expect(metadata).toMatch(/^Author:\s+Länsstyrelsen i Kalmar län$/m)
    expect(metadata).toMatch(/^Creator:\s+Länsstyrelsen i Kalmar län$/m)
    expect(metadata).toMatch(/^Pages:\s+1$/m)
    // The app's own name is nowhere: not in the text, not in the metadata, not in the file's bytes.
    expect(`${printed}${metadata}`).not.toMatch(/kugghjul/i)
    expect(readFileSync(path).toString('latin1')).not.toMatch(/kugghjul/i)
    expect(metadata).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m)
    // Every font is embedded (the "emb" column says yes).
    const fontRows = fonts(path)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
    expect(fontRows.length).toBeGreaterThan(0)
    for (const row of fontRows) expect(row).toMatch(/ yes /)
  })

  it('puts many certificates in one PDF, one per page, in order, and reports progress per certificate', async () => {
    const sheets = [
      sheet(),
      sheet({
        number: 'H-2026-015',
        code: 'AB12-CD34-EF',
        memberName: 'Mörbylånga kommun',
        orgNumber: '212000-0761',
        periodNumber: 2,
        logo: svgLogo
      }),
      sheet({
        number: 'H-2026-016',
        code: 'ZZ99-YY88-XX',
        memberName: 'Föreningen Kvinnojouren i Västervik',
        orgNumber: '802400-1234',
        logo: null,
        signatoryName: '',
        signatoryTitle: ''
      })
    ]
    const progress: string[] = []
    const path = await pdfFile('three.pdf', sheets, (done, total) => progress.push(`${done}/${total}`))
    expect(info(path)).toMatch(/^Pages:\s+3$/m)
    expect(info(path)).toMatch(/^Title:\s+Intyg om anslutning – 3 verksamheter$/m)
    const pages = text(path)
      .replace(/[ \n]+/g, ' ')
      .split('\f')
    expect(pages[1]).toContain('Mörbylånga kommun')
    expect(pages[1]).toContain('har förnyat sin anslutning till')
    expect(pages[1]).toContain('AB12-CD34-EF')
    expect(pages[2]).toContain('Föreningen Kvinnojouren i Västervik')
    expect(pages[2]).toContain('H-2026-016')
    expect(progress[0]).toBe('0/3')
    expect(progress.at(-1)).toBe('3/3')
  })

  it('prints the strategy symbol the county chose: the gear, its own image, or none', async () => {
    const images = (path: string) =>
      execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((l) => l.trim())
    const gear = await pdfFile('gear.pdf', [sheet({ logo: null, symbol: { kind: 'gear' } })])
    const none = await pdfFile('none.pdf', [sheet({ logo: null, symbol: { kind: 'none' } })])
    const own = await pdfFile('own.pdf', [sheet({ logo: null, symbol: { kind: 'image', image: pngLogo } })])
    // The gear is drawn as vectors: the file with it is larger than the one without, and neither holds an image.
    expect(readFileSync(gear).length).toBeGreaterThan(readFileSync(none).length)
    expect(images(gear)).toEqual([])
    expect(images(none)).toEqual([])
    // The county's own PNG is embedded once, 240 × 64 pixels.
    expect(images(own)).toHaveLength(1)
    expect(images(own)[0]).toMatch(/^\s*1\s+0 image\s+240\s+64 /)
    for (const path of [gear, none, own]) expect(text(path).replace(/\s+/g, ' ')).toContain('INTYG om anslutning')
  })
})
