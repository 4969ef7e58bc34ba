/**
 * Writes tests/fixtures/stats/layouts/: one small file per layout a
 * coordinator downloads from SCB (Statistikdatabasen, PxWebApi 2), Kolada
 * and Eurostat (docs/statistics.md, "Layouts"). Layouts follow the real
 * services' exports (the xlsx files are built from a real SCB package, see
 * pxweb-xlsx-builder.ts); **every value is made up**, and each file says so
 * in its title, a note or its name. See layouts/README.md.
 *
 *   npx tsx scripts/build-layout-fixtures.ts
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { nuts3ToCounty } from '../src/renderer/src/domain/statistics/nuts-regions'
import { buildPxwebXlsx, type BuilderCell } from './pxweb-xlsx-builder'

const out = resolve(import.meta.dirname, '../tests/fixtures/stats/layouts')
const madeUp =
  'Påhittade testvärden (scripts/build-layout-fixtures.ts), inte statistik från SCB, Kolada eller Eurostat.'

/** Made-up but reproducible. */
const value = (a: number, b: number, c = 0): number => 1000 + 37 * a + 11 * b + 5 * c

function write(name: string, content: string | Uint8Array, latin1 = false): void {
  writeFileSync(resolve(out, name), typeof content === 'string' && latin1 ? Buffer.from(content, 'latin1') : content)
}

/** 1. PxWeb "tabell, en rad per värde" as CSV: title line, header, year as an unquoted number, "..", "-", thousands separators. */
function longCsv(): string {
  const lines = ['"Folkmängd efter region, kön och år (påhittade värden)"', '', '"region";"kön";"år";"Folkmängd"']
  const regions = ['0880 Kalmar', '0885 Borgholm', '08 Kalmar län', 'Riket']
  regions.forEach((region, r) =>
    ['kvinnor', 'män'].forEach((sex, s) =>
      [2023, 2024].forEach((year, y) => {
        const cell =
          region === '0885 Borgholm' && sex === 'män' && year === 2023
            ? '..'
            : region === '0885 Borgholm' && year === 2024 && sex === 'kvinnor'
              ? '-'
              : String(value(r, s, y) * 12).replace(/\B(?=(\d{3})+$)/, ' ')
        lines.push(`"${region}";"${sex}";${year};${cell}`)
      })
    )
  )
  return `${lines.join('\r\n')}\r\n`
}

/** 1–3, 5. Long xlsx with region code and name in two columns, quarters (K and Q), and two value columns. */
function longXlsxQuarters(): Uint8Array {
  const rows: BuilderCell[][] = []
  const regions: [string, string][] = [
    ['0880', 'Kalmar'],
    ['0861', 'Mönsterås'],
    ['08', 'Kalmar län']
  ]
  const quarters = ['2024K4', '2025K1', '2024K3'] // not in time order, as a user may sort a sheet
  regions.forEach(([code, name], r) =>
    ['kvinnor', 'män', 'totalt'].forEach((sex, s) =>
      quarters.forEach((q, i) => rows.push([code, name, sex, q, value(r, s, i), Math.round(value(r, s, i) / 30) / 10]))
    )
  )
  return buildPxwebXlsx({
    title: 'Sysselsatta och sysselsättningsgrad efter region, kön och kvartal (påhittade värden)',
    headerRows: [['regionkod', 'region', 'kön', 'kvartal', 'Sysselsatta', 'Sysselsättningsgrad, procent']],
    dataRows: rows,
    notes: ['Observera: ', madeUp]
  })
}

/** 2. Eurostat long CSV (SDMX-CSV with labels): every NUTS 3 län, NUTS 1 and 2 groups, SE, F/M/T, an OBS_FLAG column. */
function nutsCsv(): string {
  const lines = ['DATAFLOW,freq,sex,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG']
  const geos = ['SE', 'SE1', 'SE11', ...nuts3ToCounty.keys()]
  geos.forEach((geo, g) =>
    ['F', 'M', 'T'].forEach((sex, s) =>
      lines.push(`ESTAT:DEMO_R_PJANGRP3(1.0),A,${sex},${geo},2024,${value(g, s)},${g === 3 && s === 0 ? 'p' : ''}`)
    )
  )
  return `${lines.join('\n')}\n`
}

/** 3. PxWeb xlsx with a single period as the header over one data column and three stub columns. */
function singlePeriodXlsx(): Uint8Array {
  const rows: BuilderCell[][] = []
  ;['0880 Kalmar', '0881 Nybro'].forEach((region, r) =>
    ['16-19 år', '20-64 år'].forEach((age, a) =>
      ['män', 'kvinnor'].forEach((sex, s) =>
        rows.push([a === 0 && s === 0 ? region : null, s === 0 ? age : null, sex, value(r, a, s)])
      )
    )
  )
  return buildPxwebXlsx({
    title: 'Förvärvsarbetande efter region, ålder, kön och år (påhittade värden)',
    headerRows: [[null, null, null, '2023']],
    dataRows: rows,
    notes: ['Observera: ', madeUp]
  })
}

/** 4–5, 7. A national table (no region variable) by month, as the labour force survey is published; decimal commas, "*" footnote markers. */
function nationalMonthsCsv(): string {
  const months = ['2025M09', '2025M10', '2025M11']
  const lines = [
    '"Arbetslösa 15-74 år efter kön och månad, tusental (påhittade värden)"',
    '',
    `"kön";${months.map((m) => `"${m}"`).join(';')}`
  ]
  ;['kvinnor', 'män', 'totalt'].forEach((sex, s) =>
    lines.push(
      `"${sex}";${months.map((_, m) => `"${(value(s, m) / 10).toFixed(1).replace('.', ',')}${m === 2 ? '*' : ''}"`).join(';')}`
    )
  )
  lines.push('', '"* Preliminära uppgifter."')
  return `${lines.join('\n')}\n`
}

/** 5, 6. An English PxWeb CSV: Sweden, "Stockholm county", men/women/total, split (school) years, "..". */
function englishCsv(): string {
  const years = ['2022/23', '2023/24']
  const lines = [`"region","sex",${years.map((y) => `"${y}"`).join(',')}`]
  ;['Sweden', 'Stockholm county', 'Kalmar county', '0880 Kalmar'].forEach((region, r) =>
    ['men', 'women', 'total'].forEach((sex, s) =>
      lines.push(
        `"${region}","${sex}",${years.map((_, y) => (r === 3 && s === 0 && y === 0 ? '".."' : String(value(r, s, y)))).join(',')}`
      )
    )
  )
  return `${lines.join('\n')}\n`
}

/** 5, 7. PC-Axis with TIMEVAL TLIST(Q1) codes, CODES for regions, DATASYMBOL declarations (a custom "---" and NIL "-"). */
function quartersPx(): string {
  return [
    'CHARSET="ANSI";',
    'AXIS-VERSION="2013";',
    'LANGUAGE="sv";',
    'CREATION-DATE="20250101 10:00";',
    'MATRIX="AM0401P";',
    'SUBJECT-AREA="Arbetsmarknad";',
    'TITLE="Anställda efter region, kön och kvartal (påhittade värden)";',
    'CONTENTS="Anställda";',
    'UNITS="antal";',
    'STUB="region","kön";',
    'HEADING="kvartal";',
    'VALUES("region")="Kalmar","Borgholm";',
    'CODES("region")="0880","0885";',
    'VALUES("kön")="kvinnor","män";',
    'VALUES("kvartal")="20244","20251";',
    'TIMEVAL("kvartal")=TLIST(Q1),"20244","20251";',
    'DATASYMBOL3="---";',
    'DATASYMBOLNIL="-";',
    `NOTEX="${madeUp}";`,
    'SOURCE="Påhittad källa";',
    'DATA=',
    '1200 1210',
    '"---" 1190',
    '"-" 310',
    '305 "..";',
    ''
  ].join('\r\n')
}

/** 8. JSON-stat 2.0 as PxWebApi 2 returns it: roles, value array with null, status symbols, months. */
function jsonStat(): string {
  const regions = { '0880': 'Kalmar', '0885': 'Borgholm', '08': 'Kalmar län', '00': 'Riket' }
  const months = ['2025M10', '2025M11']
  const values: (number | null)[] = []
  const status: Record<string, string> = {}
  Object.keys(regions).forEach((_, r) =>
    [0, 1].forEach((s) =>
      months.forEach((__, m) => {
        const symbol = r === 1 && s === 1 && m === 0 ? '..' : r === 1 && s === 0 && m === 1 ? '-' : null
        if (symbol) status[String(values.length)] = symbol
        values.push(symbol ? null : value(r, s, m))
      })
    )
  )
  const dataset = {
    version: '2.0',
    class: 'dataset',
    label: 'Inskrivna arbetslösa efter region, kön och månad (påhittade värden)',
    source: 'Påhittad källa',
    note: [madeUp],
    id: ['ContentsCode', 'Region', 'Kon', 'Tid'],
    size: [1, 4, 2, 2],
    role: { time: ['Tid'], geo: ['Region'], metric: ['ContentsCode'] },
    dimension: {
      ContentsCode: {
        label: 'tabellinnehåll',
        category: { index: { AM0001: 0 }, label: { AM0001: 'Inskrivna arbetslösa' } }
      },
      Region: { label: 'region', category: { index: Object.keys(regions), label: regions } },
      Kon: { label: 'kön', category: { index: { '1': 0, '2': 1 }, label: { '1': 'män', '2': 'kvinnor' } } },
      Tid: { label: 'månad', category: { index: months, label: Object.fromEntries(months.map((m) => [m, m])) } }
    },
    value: values,
    status
  }
  return `${JSON.stringify(dataset, null, 2)}\n`
}

/** 9. Kolada with a kön column, Kolada's spellings, "Region Kalmar län", "Riket" and two averages. */
function koladaXlsx(): Uint8Array {
  const regions = [
    'Kalmar',
    'Alla kommuner (ovägt medel)',
    'Kalmar läns kommuner (ovägt medel)',
    'Borgholm',
    'Region Kalmar län',
    'Riket'
  ]
  const rows: BuilderCell[][] = []
  regions.forEach((region, r) =>
    ['Kvinnor', 'Män', 'Totalt'].forEach((sex, s) =>
      rows.push([
        'Invånare 25-64 år med eftergymnasial utbildning, andel (%)',
        sex,
        region,
        ...[0, 1].map((y) => (r === 3 && y === 0 ? null : value(r, s, y) / 40))
      ])
    )
  )
  return buildPxwebXlsx({
    title: 'Kolada nyckeltal',
    headerRows: [[null, null, null, '2023', '2024']],
    dataRows: rows,
    notes: [madeUp]
  })
}

write('long_region_kon_ar.csv', longCsv(), true)
write('long_kod_namn_kvartal.xlsx', longXlsxQuarters())
write('eurostat_nuts.csv', nutsCsv())
write('pxweb_en_period_tre_stubbar.xlsx', singlePeriodXlsx())
write('riket_manader.csv', nationalMonthsCsv())
write('english_split_years.csv', englishCsv())
write('kvartal_datasymbol.px', quartersPx(), true)
write('pxwebapi2_jsonstat.json', jsonStat())
write('kolada_kon_regioner.xlsx', koladaXlsx())
