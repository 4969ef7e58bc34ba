/**
 * Writes the bad-input corpus for the statistics readers to
 * tests/fixtures/bad/. Each file is small when stored; the zip bomb unpacks
 * to 64 MiB, the merged range covers 17 billion cells, and far-apart-cells
 * spans 2,000 rows × 16,384 columns.
 *
 *   npx tsx scripts/build-bad-statistics-files.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { buildPxwebXlsx, fixedTime } from './pxweb-xlsx-builder'

const out = resolve(import.meta.dirname, '../tests/fixtures/bad')
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'

/** The smallest workbook ExcelJS opens, with the given sheet XML body (inside <worksheet>). */
export function minimalXlsx(sheetBody: string, sheetXml?: Uint8Array): Uint8Array {
  const sheet =
    sheetXml ?? strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}">${sheetBody}</worksheet>`)
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
      ),
      'xl/worksheets/sheet1.xml': sheet
    },
    { level: 9, mtime: fixedTime }
  )
}

/** Windows-1252 bytes for text whose characters are all below U+0100 and outside 0x80–0x9F. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0)
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`Not in the Latin-1 range: ${char}`)
    return code
  })
}

const cells = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tabell</t></is></c></row></sheetData>'

export function buildBadFiles(): Record<string, Uint8Array> {
  const kolada = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../tests/fixtures/stats/Kolada_3.xlsx')))
  const bombSheet = new Uint8Array(64 * 1024 * 1024).fill(0x20)
  return {
    'empty.xlsx': new Uint8Array(0),
    'text-renamed.xlsx': strToU8(
      'Folkmängd efter region och år\nRiket\t10551707\nDet här är en textfil som fått namnet .xlsx.\n'
    ),
    'truncated.xlsx': kolada.subarray(0, Math.floor(kolada.length * 0.6)),
    'zip-bomb.xlsx': minimalXlsx('', bombSheet),
    'huge-merged-range.xlsx': minimalXlsx(
      `${cells}<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`
    ),
    'empty-sheet.xlsx': minimalXlsx('<sheetData/>'),
    'far-apart-cells.xlsx': minimalXlsx(
      `<sheetData>${Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`).join('')}</sheetData>`
    ),
    'windows-1252.csv': windows1252(
      '"region";"kön";"2022";"2023"\r\n' +
        '"0885 Borgholm";"kvinnor";5321,5;5400\r\n"0885 Borgholm";"män";5298;..\r\n' +
        '"0861 Mönsterås";"kvinnor";6512;6530,25\r\n"0861 Mönsterås";"män";6790;6801\r\n' +
        '"0840 Mörbylånga";"kvinnor";7501;7555\r\n"0840 Mörbylånga";"män";7480;7490\r\n' +
        '"Västra Götalands län";"kvinnor";861000;..\r\n"Västra Götalands län";"män";865000;870100\r\n'
    ),
    'no-region.csv': strToU8(
      '"ålder","kön","2022","2023"\n"0-15 år","kvinnor",100,110\n"0-15 år","män",105,112\n"16-64 år","kvinnor",500,510\n'
    ),
    'no-region.xlsx': buildPxwebXlsx({
      title: 'Folkmängd efter ålder och år',
      headerRows: [[null, '2022', '2023']],
      dataRows: [
        ['0-15 år', 100, 110],
        ['16-64 år', 500, 510],
        ['65+ år', 200, 205]
      ],
      notes: ['Påhittade värden: en tabell utan regioner.']
    })
  }
}

if (process.argv[1]?.endsWith('build-bad-statistics-files.ts')) {
  for (const [name, bytes] of Object.entries(buildBadFiles())) writeFileSync(resolve(out, name), bytes)
}
