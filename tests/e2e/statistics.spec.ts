import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen } from './support'
import { expect, test } from './fixtures'
import { cellTexts, comparisonRow, importFile, openImport, pickFile, totalsRow } from './statistics-support'

/**
 * The Statistik screens on real and generated SCB files. Values below were
 * looked up with `npm run --silent inspect-stats -- tests/fixtures/stats/<file> --long`.
 */
const pxweb = 'tests/fixtures/stats/pxweb_region_kon_ar.xlsx'
const pxwebTitle = 'Folkmängd efter region, kön och år'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
})

test('a PxWeb file with kön: preview, save, compare women and men, copy, export, the duplicate question and undo', async ({
  page,
  context,
  files,
  desktop
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openScreen(page, 'Statistik')
  await expect(page.getByText('Ingen statistik är importerad ännu. Hämta')).toBeVisible()
  await expectNoAxeViolations(page, 'the empty Statistik screen')

  await openImport(page)
  await expectNoAxeViolations(page, 'the import screen')
  await pickFile(page, files, pxweb)
  await expect(page.getByRole('heading', { name: '2. Förhandsgranska' })).toBeVisible()
  await expect(page.getByTestId('preview-title')).toHaveText(pxwebTitle)
  await expect(page.getByTestId('preview-years')).toHaveText('2021, 2022, 2023')
  await expect(page.getByTestId('preview-sexes')).toHaveText('Kvinnor, Män, Totalt')
  await expect(page.getByTestId('preview-values')).toHaveText('52 värden, 2 saknade')
  await expect(page.getByTestId('preview-regions')).toHaveText(
    '6 hittade: 00 Riket, 08 Kalmar län, 0880 Kalmar, 0885 Borgholm, 0862 Emmaboda, 0861 Mönsterås'
  )
  await expect(page.getByTestId('preview-unmatched')).toHaveText('Inga')
  const firstRows = page.getByTestId('preview-rows').locator('tbody tr')
  await expect(firstRows).toHaveCount(20)
  await expect.poll(() => cellTexts(firstRows.nth(0))).toEqual(['Folkmängd', '00 Riket', '2021', 'Män', '1 000'])
  await expect.poll(() => cellTexts(firstRows.nth(19))).toEqual(['Folkmängd', '0880 Kalmar', '2022', 'Män', '1 085'])
  // Detected for sure: region, kön and year need no correction, so no select is offered.
  await expect(page.getByTestId('dimension-roles').getByRole('combobox')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screens/statistics-preview.png', fullPage: true })
  await expectNoAxeViolations(page, 'the import preview')

  // Nothing is written before Spara.
  await openScreen(page, 'Statistik')
  await expect(page.getByTestId('dataset-list')).toHaveCount(0)
  await importFile(page, files, pxweb)
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await expect(page.getByTestId('import-saved')).toContainText(
    `"${pxwebTitle}" sparades: 1 mått för åren 2021, 2022 och 2023.`
  )
  await expectNoAxeViolations(page, 'the saved import')

  await page.getByRole('link', { name: 'Visa statistiken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: pxwebTitle })).toBeVisible()
  // Kalmar län's kommuner, the county and Riket by default; the file has four of the twelve kommuner.
  await expect(page.getByTestId('chosen-regions').getByRole('listitem')).toHaveCount(6)
  await expect(page.getByTestId('missing-regions')).toHaveText(
    'Finns inte i tabellen: Hultsfred, Högsby, Mörbylånga, Nybro, Oskarshamn, Torsås, Vimmerby, Västervik.'
  )
  await expect
    .poll(() => cellTexts(comparisonRow(page, 'Kalmar', '2023')))
    .toEqual(['0880', '2023', '1 098', '1 096', '2 194', '2', '50,0'])
  await expect
    .poll(() => cellTexts(comparisonRow(page, 'Kalmar län', '2021')))
    .toEqual(['08', '2021', '1 031', '1 037', '2 068', '-6', '49,9'])
  // Missing values keep the file's symbol, explained below the table.
  await expect
    .poll(() => cellTexts(comparisonRow(page, 'Borgholm', '2021')))
    .toEqual(['0885', '2021', '..', '1 111', '..', '', ''])
  await expect
    .poll(() => cellTexts(comparisonRow(page, 'Emmaboda', '2023')))
    .toEqual(['0862', '2023', '1 180', '0', '2 350', '1 180', '50,2']) // SCB's "-" is zero
  await expect(page.getByTestId('missing-legend')).toHaveText(
    '.. = uppgiften är inte tillgänglig eller för osäker för att anges'
  )
  await expect(
    page.getByRole('img', { name: /Folkmängd, 2023\. Diagram över 6 kategorier \(Kvinnor, Män\)/ })
  ).toBeVisible()
  await expect(page.getByRole('img', { name: /Folkmängd, Kalmar län\. Diagram över 3 kategorier/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/statistics-measure.png', fullPage: true })
  await expectNoAxeViolations(page, 'the measure view')

  // Regions can be removed and added back.
  await page.getByRole('button', { name: 'Ta bort Riket' }).click()
  await expect(comparisonRow(page, 'Riket', '2023')).toHaveCount(0)
  await page.getByLabel('Lägg till region').selectOption({ label: 'Riket' })
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click()
  await expect
    .poll(() => cellTexts(comparisonRow(page, 'Riket', '2023')))
    .toEqual(['00', '2023', '1 016', '1 022', '2 038', '-6', '49,9'])

  await page.getByRole('button', { name: 'Kopiera' }).click()
  await expect(page.getByTestId('output-message')).toContainText('Tabellen är kopierad')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied.split('\n').slice(0, 2)).toEqual([
    'Folkmängd',
    'Region\tRegionkod\tÅr\tKvinnor\tMän\tTotalt\tSkillnad (kvinnor − män)\tKvinnors andel (%)'
  ])
  expect(copied).toContain('Kalmar\t0880\t2023\t1098\t1096\t2194\t2\t50\n')
  expect(copied).toContain('Borgholm\t0885\t2021\t..\t1111\t..\t\t\n')

  const saved = await files.save(() => page.getByRole('button', { name: 'Exportera till Excel…', exact: true }).click())
  expect(saved.name).toBe('Folkmängd 2026-11-23.xlsx')
  const workbook = new ExcelJS.Workbook()
  const bytes = await readFile(saved.path)
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  const sheet = workbook.getWorksheet('Jämförelse')!
  expect(sheet.getCell('A1').value).toBe('Folkmängd')
  expect(sheet.getRow(4).values).toEqual([
    undefined,
    'Region',
    'Regionkod',
    'År',
    'Kvinnor',
    'Män',
    'Totalt',
    'Skillnad (kvinnor − män)',
    'Kvinnors andel (%)'
  ])
  const kalmar2023 = sheet
    .getRows(5, sheet.rowCount - 4)!
    .find((r) => r.getCell(2).value === '0880' && r.getCell(3).value === '2023')!
  expect([
    kalmar2023.getCell(4).value,
    kalmar2023.getCell(5).value,
    kalmar2023.getCell(6).value,
    kalmar2023.getCell(7).value
  ]).toEqual([1098, 1096, 2194, 2])
  // The desktop app names the folder the file went to; the browser knows only the name it downloaded.
  await expect(page.getByTestId('output-message')).toContainText(
    `Tabellen sparades som ${desktop ? saved.path : saved.name}.`
  )

  // The same file again: asked before anything is written; Avbryt keeps the first import, Ersätt replaces it.
  await importFile(page, files, pxweb)
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  const question = page.getByRole('dialog', { name: 'Filen är redan importerad' })
  await expect(question).toContainText('pxweb_region_kon_ar.xlsx importerades 2026-11-23')
  await expectNoAxeViolations(page, 'the duplicate question')
  await question.getByRole('button', { name: 'Avbryt' }).click()
  await expect(page.getByText('Importen avbröts. Den tidigare importen finns kvar som den var.')).toBeVisible()
  await pickFile(page, files, pxweb)
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await question.getByRole('button', { name: 'Ersätt' }).click()
  await expect(page.getByTestId('import-saved')).toContainText('ersatte den tidigare importen av samma fil')

  await page.getByRole('link', { name: 'Till Statistik' }).click()
  await expect(page.getByTestId('dataset-list').locator('tbody tr')).toHaveCount(1)
  const history = page.getByTestId('import-history')
  await expect(history.locator('tbody tr')).toHaveCount(1)
  expect((await cellTexts(history.locator('tbody tr').first())).slice(0, 5)).toEqual([
    'pxweb_region_kon_ar.xlsx',
    '2026-11-23 11:00',
    '6',
    '52',
    '2'
  ])
  // It opens a question, so its label ends in an ellipsis.
  await history
    .getByRole('button', { name: 'Ångra import… av pxweb_region_kon_ar.xlsx 2026-11-23 11:00', exact: true })
    .click()
  const undo = page.getByRole('dialog', { name: 'Ångra importen?' })
  await expect(undo).toContainText('All statistik från pxweb_region_kon_ar.xlsx (6 rader')
  await expectNoAxeViolations(page, 'the undo question')
  await undo.getByRole('button', { name: 'Ångra importen' }).click()
  await expect(page.getByTestId('history-message')).toHaveText(
    'Importen av pxweb_region_kon_ar.xlsx är ångrad. Dess statistik är borttagen.'
  )
  await expect(page.getByTestId('dataset-list')).toHaveCount(0)
  await expect(page.getByTestId('import-history')).toHaveCount(0)
  await page.reload()
  await expect(page.getByText('Ingen statistik är importerad ännu. Hämta')).toBeVisible()
})

test('real SCB files: a CSV of län by kön and a PC-Axis file, compared and shown as key measures on a member page', async ({
  page,
  files
}) => {
  // No clipboard here: "Kopiera" falls back to a text field to copy by hand.
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }))
  await importFile(page, files, 'tests/fixtures/stats/UF0506A1.csv')
  await expect(page.getByTestId('preview-title')).toHaveText('UF0506A1')
  await expect(page.getByTestId('preview-years')).toHaveText('2017')
  await expect(page.getByTestId('preview-sexes')).toHaveText('Kvinnor, Män')
  await expect(page.getByTestId('preview-values')).toHaveText('336 värden, 0 saknade')
  await expect(page.getByTestId('preview-regions')).toContainText('21 hittade: 01 Stockholms län')
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByRole('link', { name: 'Visa statistiken' }).click()

  await page.getByLabel('Mått').selectOption('totalt 16-74 år, forskarutbildning')
  // The file has län only: of the default regions just Kalmar län is there.
  await expect(page.getByTestId('chosen-regions').getByRole('listitem')).toHaveText([/Kalmar län/])
  await expect
    .poll(() => cellTexts(comparisonRow(page, 'Kalmar län', '2017')))
    .toEqual(['08', '2017', '324', '411', '', '-87', '44,1'])
  await page.getByRole('button', { name: 'Kopiera' }).click()
  const manual = page.getByLabel('Urklippet gick inte att använda. Markera texten och kopiera den med Ctrl+C.')
  await expect(manual).toHaveValue(/^totalt 16-74 år, forskarutbildning\nRegion\t/)
  await expect(manual).toHaveValue(/Kalmar län\t08\t2017\t324\t411\t\t-87\t44,1\n/)
  await page.getByLabel('Visa på verksamhetssidan').check()
  await expectNoAxeViolations(page, 'the measure view with the manual copy field')

  await importFile(page, files, 'tests/fixtures/stats/BE0101N1.px')
  await expect(page.getByTestId('preview-regions')).toHaveText('2 hittade: 0114 Upplands Väsby, 0115 Vallentuna')
  await expect(page.getByTestId('preview-values')).toHaveText('64 värden, 0 saknade')
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await expect(page.getByTestId('import-saved')).toContainText('8 mått för åren 2020 och 2021.')

  await addMember(page, {
    name: 'Kalmar kommun',
    orgNumber: '2120000662',
    municipality: 'Kalmar (0880)',
    decisionDate: '2026-03-15'
  })
  const keyMeasures = page.getByTestId('key-measures')
  // UF0506A1 has no kommuner, so the member's kommun has no values; the measure is still listed.
  await expect(keyMeasures.getByRole('table', { name: 'totalt 16-74 år, forskarutbildning' })).toContainText(
    'Tabellen har inga värden för kvinnor och män i Kalmar.'
  )
  await expectNoAxeViolations(page, 'the member page with key measures')
})

test('a key measure on a member page shows the kommun, the county and Riket in the latest year', async ({
  page,
  files
}) => {
  await importFile(page, files, pxweb)
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByRole('link', { name: 'Visa statistiken' }).click()
  await page.getByLabel('Visa på verksamhetssidan').check()
  await addMember(page, {
    name: 'Kalmar kommun',
    orgNumber: '2120000662',
    municipality: 'Kalmar (0880)',
    decisionDate: '2026-03-15'
  })
  const table = page.getByTestId('key-measures').getByRole('table', { name: 'Folkmängd, 2023' })
  await expect.poll(() => cellTexts(table.locator('tbody tr').nth(0))).toEqual(['1 098', '1 096', '50,0 %'])
  await expect.poll(() => cellTexts(table.locator('tbody tr').nth(1))).toEqual(['1 057', '1 059', '50,0 %'])
  await expect.poll(() => cellTexts(table.locator('tbody tr').nth(2))).toEqual(['1 016', '1 022', '49,9 %'])
  await expect(table.getByRole('rowheader')).toHaveText(['Kalmar', 'Kalmar län', 'Riket'])
  await page.getByTestId('key-measures').screenshot({ path: 'test-results/screens/member-key-measures.png' })
  await openScreen(page, 'Statistik')
  await page.screenshot({ path: 'test-results/screens/statistics-list.png', fullPage: true })
})

test('a correction the labels cannot have is refused with the reason, and the last good reading stays', async ({
  page,
  files
}) => {
  await importFile(page, files, 'tests/fixtures/stats/Kolada_3.xlsx')
  await expect(page.getByTestId('preview-unmatched')).toHaveText('1: Stockholms läns kommuner (ovägt medel)')
  const regionColumn = page.getByLabel('Kolumnen utan rubrik (kolumn B)')
  await expect(regionColumn).toHaveValue('region')
  await expect(page.getByText('Osäker tolkning – kontrollera')).toBeVisible()
  await expectNoAxeViolations(page, 'the preview with an unsure column')
  await regionColumn.selectOption({ label: 'År' })
  await expect(page.getByTestId('import-problem')).toContainText(
    'Kolumnen utan rubrik (kolumn B) i "Kolada_3.xlsx" kan inte läsas som år: "Sollentuna" är inget år'
  )
  await expect(regionColumn).toHaveValue('region')
  await expect(page.getByTestId('preview-title')).toHaveText('Kolada nyckeltal')
})

for (const bad of [
  { file: 'zip-bomb.xlsx', message: 'packas upp till 1025 gånger sin packade storlek' },
  { file: 'text-renamed.xlsx', message: 'heter .xlsx men är ingen Excel-arbetsbok' },
  {
    file: '../wrong-kind/lagesrapport.docx',
    message: 'är ett Word-dokument. Spara tabellen från SCB som .xlsx, .csv eller .px och försök igen.'
  }
]) {
  test(`a bad file (${bad.file}) gets its Swedish message and nothing is written`, async ({ page, files }) => {
    await openImport(page)
    await pickFile(page, files, `tests/fixtures/bad/${bad.file}`)
    await expect(page.getByTestId('import-problem')).toContainText(bad.message)
    await expect(page.getByRole('heading', { name: '1. Välj fil' })).toBeVisible()
    await expectNoAxeViolations(page, `the import screen after ${bad.file}`)
    await openScreen(page, 'Statistik')
    await expect(page.getByText('Ingen statistik är importerad ännu. Hämta')).toBeVisible()
    await expect(page.getByTestId('import-history')).toHaveCount(0)
  })
}

test('a table without a sex split: the preview says so, the totals show in the table, the charts, a key measure and the utvärderingsrapport', async ({
  page,
  files
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await importFile(page, files, 'tests/fixtures/stats/scb_befolkningstathet.xlsx')
  await expect(page.getByTestId('preview-no-sex-split')).toContainText('Tabellen är inte uppdelad på kön.')
  await expect(page.getByTestId('preview-sexes')).toHaveText('Totalt')
  await expect(page.getByTestId('preview-values')).toHaveText('2 320 värden, 0 saknade')
  await expect(page.getByTestId('preview-years')).toHaveText('2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022')
  await expect(page.getByLabel('Namn på tabellen i Kugghjul')).toHaveValue(
    'Invånare per kvadratkilometer efter region och år'
  )
  await page.getByLabel('Namn på tabellen i Kugghjul').fill('Befolkningstäthet i kommunerna')
  await page.getByTestId('preview-no-sex-split').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/statistics-preview-no-sex-split.png' })
  await expectNoAxeViolations(page, 'the preview of a table without a sex split')
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await expect(page.getByTestId('import-saved')).toContainText('"Befolkningstäthet i kommunerna" sparades: 1 mått')
  await page.getByRole('link', { name: 'Visa statistiken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Befolkningstäthet i kommunerna' })).toBeVisible()
  await expect(page.getByTestId('no-sex-split')).toContainText('Tabellen är inte uppdelad på kön.')
  // One row per region, the years as columns; no empty Kvinnor/Män columns.
  await expect(page.getByTestId('comparison-table').locator('thead th')).toHaveText([
    'Region',
    '2015',
    '2016',
    '2017',
    '2018',
    '2019',
    '2020',
    '2021',
    '2022'
  ])
  await expect
    .poll(() => cellTexts(totalsRow(page, 'Kalmar')))
    .toEqual(['68,7', '69,6', '70,5', '71,7', '72,7', '73,6', '74,6', '75,3'])
  await expect(page.getByLabel('År i stapeldiagrammet')).toHaveValue('2022')
  await expect(
    page.getByRole('img', { name: /Invånare per kvadratkilometer, 2022\. Diagram över 12 kategorier \(Totalt\)\./ })
  ).toBeVisible()
  await expect(
    page.getByRole('img', { name: /Invånare per kvadratkilometer, Borgholm\. Diagram över 8 kategorier \(Totalt\)\./ })
  ).toBeVisible()
  await page.getByTestId('comparison-table').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/statistics-measure-totals.png' })
  await page.getByLabel('År i stapeldiagrammet').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/statistics-chart-totals.png' })
  await expectNoAxeViolations(page, 'the measure view of a table without a sex split')

  // SCB's static table of Riket, län and kommuner, 2023: a key measure and a section of the report.
  await importFile(page, files, 'tests/fixtures/stats/be0101_tabhel2023.xlsx')
  await expect(page.getByTestId('preview-no-sex-split')).toBeVisible()
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByRole('link', { name: 'Visa statistiken' }).click()
  await page.getByLabel('Mått').selectOption('Folkmängd')
  await expect.poll(() => cellTexts(totalsRow(page, 'Kalmar'))).toEqual(['72 304'])
  await page.getByLabel('Visa på verksamhetssidan').check()
  await addMember(page, {
    name: 'Kalmar kommun',
    orgNumber: '2120000662',
    municipality: 'Kalmar (0880)',
    decisionDate: '2024-01-10'
  })
  const keyMeasure = page.getByTestId('key-measures').getByRole('table', { name: 'Folkmängd, 2023' })
  await expect(keyMeasure.getByRole('columnheader')).toHaveText(['Region', 'Totalt'])
  await expect(keyMeasure.getByRole('rowheader')).toHaveText(['Kalmar', 'Kalmar län', 'Riket'])
  await expect
    .poll(async () => (await keyMeasure.locator('tbody td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ')))
    .toEqual(['72 304', '246 667', '10 551 707'])
  await page.getByTestId('key-measures').screenshot({ path: 'test-results/screens/member-key-measures-totals.png' })
  await expectNoAxeViolations(page, 'the member page with a key measure without a sex split')

  await page.getByRole('link', { name: 'Utvärdering av period 1' }).click()
  await page.getByLabel('Samlade slutsatser').fill('Kalmar kommun växer; statistiken är inte uppdelad på kön.')
  await page.getByRole('button', { name: 'Spara utkast' }).click()
  await expect(page.getByTestId('evaluation-status')).toHaveText('Utkast')
  const report = await files.save(() => page.getByRole('button', { name: 'Skapa utvärderingsrapport (PDF)…' }).click())
  const text = execFileSync('pdftotext', ['-layout', report.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Folkmängd, 2023 Tabellen är inte uppdelad på kön. Totalen visas.')
  expect(text).toMatch(/Region Totalt Kalmar 72 304 Kalmar län 246 667 Riket 10 551 707/)
  await mkdir('test-results/screens', { recursive: true })
  await copyFile(report.path, 'test-results/screens/evaluation-report-totals.pdf')
})

/** Layout fixtures (made-up values, scripts/build-layout-fixtures.ts); expected texts looked up with inspect-stats. */
const layouts = 'tests/fixtures/stats/layouts'

test('every layout a coordinator downloads reads through the import screen: long tables, NUTS, national months, English, PC-Axis quarters, JSON-stat, Kolada', async ({
  page,
  files
}) => {
  const cases = [
    {
      file: 'long_region_kon_ar.csv',
      years: '2023, 2024',
      regions: '4 hittade: 0880 Kalmar, 0885 Borgholm, 08 Kalmar län, 00 Riket',
      values: '15 värden, 1 saknade'
    },
    {
      file: 'long_kod_namn_kvartal.xlsx',
      years: '2024K3, 2024K4, 2025K1',
      regions: '3 hittade: 0880 Kalmar, 0861 Mönsterås, 08 Kalmar län',
      values: '54 värden, 0 saknade'
    },
    {
      file: 'eurostat_nuts.csv',
      years: '2024',
      regions: /^22 hittade: 00 Riket, 01 Stockholms län, 03 Uppsala län/,
      values: '72 värden, 0 saknade'
    },
    {
      file: 'pxweb_en_period_tre_stubbar.xlsx',
      years: '2023',
      regions: '2 hittade: 0880 Kalmar, 0881 Nybro',
      values: '8 värden, 0 saknade'
    },
    {
      file: 'riket_manader.csv',
      years: '2025M09, 2025M10, 2025M11',
      regions: '1 hittade: 00 Riket',
      values: '9 värden, 0 saknade'
    },
    {
      file: 'english_split_years.csv',
      years: '2022/23, 2023/24',
      regions: '4 hittade: 00 Riket, 01 Stockholms län, 08 Kalmar län, 0880 Kalmar',
      values: '23 värden, 1 saknade'
    },
    {
      file: 'kvartal_datasymbol.px',
      years: '2024Q4, 2025Q1',
      regions: '2 hittade: 0880 Kalmar, 0885 Borgholm',
      values: '6 värden, 2 saknade'
    },
    {
      file: 'pxwebapi2_jsonstat.json',
      years: '2025M10, 2025M11',
      regions: '4 hittade: 0880 Kalmar, 0885 Borgholm, 08 Kalmar län, 00 Riket',
      values: '15 värden, 1 saknade'
    },
    {
      file: 'kolada_kon_regioner.xlsx',
      years: '2023, 2024',
      regions: '4 hittade: 0880 Kalmar, 0885 Borgholm, 08 Kalmar län, 00 Riket',
      values: '33 värden, 3 saknade'
    }
  ]
  for (const layout of cases) {
    await importFile(page, files, `${layouts}/${layout.file}`)
    await expect(page.getByTestId('preview-years'), layout.file).toHaveText(layout.years)
    await expect(page.getByTestId('preview-regions'), layout.file).toHaveText(layout.regions)
    await expect(page.getByTestId('preview-values'), layout.file).toHaveText(layout.values)
  }
  await expect(page.getByTestId('preview-unmatched')).toHaveText(
    '2: Alla kommuner (ovägt medel), Kalmar läns kommuner (ovägt medel)'
  )
  await expect(page.getByTestId('preview-warnings')).toContainText(
    'är ett medelvärde eller en summa över flera regioner'
  )
})

test('the preview lets the user pick the time and region columns; a national table by month is saved and charted in time order', async ({
  page,
  files
}) => {
  await importFile(page, files, `${layouts}/long_region_kon_ar.csv`)
  await expect(page.getByLabel('Tidsperiod finns i')).toHaveValue('column:2')
  await expect(page.getByLabel('Region finns i')).toHaveValue('column:0')
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByLabel('Tidsperiod finns i').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/statistics-column-pickers.png' })
  await expectNoAxeViolations(page, 'the preview with the column pickers')
  await page.getByLabel('Region finns i').selectOption({ label: 'Ingen region – tabellen gäller riket' })
  await expect(page.getByTestId('preview-regions')).toHaveText('1 hittade: 00 Riket')
  await expect(page.getByTestId('preview-warnings')).toContainText(
    'Tabellen har ingen regionvariabel, så värdena läses in som riket (00).'
  )
  await page.getByLabel('Region finns i').selectOption({ label: 'Kolumnen "region" (kolumn A)' })
  await expect(page.getByTestId('preview-regions')).toHaveText(
    '4 hittade: 0880 Kalmar, 0885 Borgholm, 08 Kalmar län, 00 Riket'
  )

  await importFile(page, files, `${layouts}/riket_manader.csv`)
  await expect(page.getByTestId('preview-warnings')).toContainText(
    'Fotnotsmarkeringar efter talen togs bort: "*" (3 celler).'
  )
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByRole('link', { name: 'Visa statistiken' }).click()
  await expect
    .poll(() => cellTexts(comparisonRow(page, 'Riket', '2025M11')))
    .toEqual(['00', '2025M11', '102,2', '105,9', '109,6', '-3,7', '93,2'])
  const periods = await page.getByTestId('comparison-table').locator('tbody tr td:nth-child(3)').allInnerTexts()
  expect(periods.filter((p) => p.startsWith('2025'))).toEqual(['2025M09', '2025M10', '2025M11'])
  await page.screenshot({ path: 'test-results/screens/statistics-months.png', fullPage: true })
})
