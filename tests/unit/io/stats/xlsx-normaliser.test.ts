import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { normaliseXlsx } from '@/io/stats/xlsx-normaliser'
import { resolveTarget, rewriteRelationships, withoutRootPrefix } from '@/io/stats/xlsx-part-rewrites'
import { fixtureBytes } from './statistics-fixture'

async function excelJsLoads(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook
}

describe('normalising ClosedXML packages for ExcelJS', () => {
  const original = fixtureBytes('stats', 'scb_befolkningstathet.xlsx')

  it('is needed: ExcelJS cannot load the SCB file as it is', async () => {
    await expect(excelJsLoads(original)).rejects.toThrow()
  })

  it('makes the SCB file load, with its cells', async () => {
    const workbook = await excelJsLoads(normaliseXlsx('scb.xlsx', original))
    const sheet = workbook.worksheets[0]
    expect(sheet?.name).toBe('BE0101U1')
    expect(sheet?.getCell('A4').value).toBe('0114 Upplands Väsby')
    expect(sheet?.getCell('B4').value).toBe(568.7)
  })

  it('drops the prefixes, makes targets relative and drops comments with their VML drawing', () => {
    const parts = unzipSync(normaliseXlsx('scb.xlsx', original))
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!)
    expect(sheet.startsWith('<?xml version="1.0" encoding="utf-8"?><worksheet xmlns:r=')).toBe(true)
    expect(sheet).not.toMatch(/<\/?x:/)
    expect(sheet).not.toContain('legacyDrawing')
    expect(strFromU8(parts['xl/_rels/workbook.xml.rels']!)).toContain('Target="worksheets/sheet1.xml"')
    expect(strFromU8(parts['_rels/.rels']!)).toContain('Target="xl/workbook.xml"')
    expect(parts['xl/comments1.xml']).toBeUndefined()
    expect(parts['xl/drawings/vmldrawing.vml']).toBeUndefined()
    expect(strFromU8(parts['xl/worksheets/_rels/sheet1.xml.rels']!)).not.toContain('<Relationship ')
  })

  it('numbers an unnumbered worksheet part and follows it in the relationships and content types', async () => {
    const generated = fixtureBytes('stats', 'pxweb_kon_i_rubrik.xlsx')
    expect(Object.keys(unzipSync(generated))).toContain('xl/worksheets/sheet.xml')
    const parts = unzipSync(normaliseXlsx('rubrik.xlsx', generated))
    expect(Object.keys(parts)).toContain('xl/worksheets/sheet1.xml')
    expect(Object.keys(parts)).toContain('xl/worksheets/_rels/sheet1.xml.rels')
    expect(strFromU8(parts['xl/_rels/workbook.xml.rels']!)).toContain('Target="worksheets/sheet1.xml"')
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain('PartName="/xl/worksheets/sheet1.xml"')
    const workbook = await excelJsLoads(normaliseXlsx('rubrik.xlsx', generated))
    expect(workbook.worksheets[0]?.getCell('A6').value).toBe('0880 Kalmar')
  })

  it('leaves plain packages loadable (LibreOffice and Excel files)', async () => {
    for (const name of ['be0101_tabhel2023.xlsx', 'Kolada_3.xlsx']) {
      const workbook = await excelJsLoads(normaliseXlsx(name, fixtureBytes('stats', name)))
      expect(workbook.worksheets).toHaveLength(1)
    }
  })
})

describe('part rewrites', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
  const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'

  it('strips only a root prefix bound to a namespace ExcelJS wants unprefixed', () => {
    expect(
      decode(
        withoutRootPrefix(encode(`<?xml version="1.0"?><x:sst xmlns:x="${main}"><x:si><x:t>a</x:t></x:si></x:sst>`))
      )
    ).toBe(`<?xml version="1.0"?><sst xmlns="${main}"><si><t>a</t></si></sst>`)
    const core =
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"><cp:x/></cp:coreProperties>'
    expect(decode(withoutRootPrefix(encode(core)))).toBe(core)
    const vml = '<xml xmlns:x="urn:schemas-microsoft-com:office:excel"><x:ClientData/></xml>'
    expect(decode(withoutRootPrefix(encode(vml)))).toBe(vml)
  })

  it('resolves and relativises relationship targets', () => {
    expect(resolveTarget('xl/worksheets', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml')
    expect(resolveTarget('xl', '/xl/styles.xml')).toBe('xl/styles.xml')
    const rels =
      '<Relationships><Relationship Type="http://x/relationships/image" Target="/xl/media/a.png" Id="r1"/>' +
      '<Relationship Type="http://x/hyperlink" Target="https://scb.se" TargetMode="External" Id="r2"/></Relationships>'
    const result = rewriteRelationships('xl/drawings/_rels/drawing1.xml.rels', rels, {
      renamed: new Map(),
      dropTypes: new Set()
    })
    expect(result.xml).toContain('Target="../media/a.png"')
    expect(result.xml).toContain('Target="https://scb.se"')
  })
})
