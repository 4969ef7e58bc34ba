import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixturePath, repoRoot } from './statistics-fixture'

/** Runs `npm run --silent inspect-stats -- …` the way the package script does (tsx on scripts/inspect-stats.ts). */
function inspect(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const tsx = resolve(repoRoot, 'node_modules/.bin/tsx')
  const result = spawnSync(tsx, ['--tsconfig', 'tsconfig.json', 'scripts/inspect-stats.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

// Each case starts tsx in a child process (about a second, more on a busy machine): not a timing check.
describe('inspect-stats command-line inspector', { timeout: 60_000 }, () => {
  it('prints the summary of a PxWeb xlsx as one JSON object', () => {
    const { status, stdout } = inspect(fixturePath('stats', 'pxweb_region_kon_ar.xlsx'), '--json')
    expect(status).toBe(0)
    const summary = JSON.parse(stdout)
    expect(Object.keys(summary)).toEqual([
      'format',
      'title',
      'measures',
      'regions',
      'years',
      'sexes',
      'values',
      'missing',
      'warnings'
    ])
    expect(summary).toMatchObject({
      format: 'pxweb-xlsx',
      title: 'Folkmängd efter region, kön och år',
      measures: ['Folkmängd'],
      years: ['2021', '2022', '2023'],
      sexes: ['women', 'men', 'total'],
      values: 52,
      missing: 2,
      warnings: []
    })
    expect(summary.regions[1]).toEqual({ code: '08', name: 'Kalmar län' })
  })

  it('reports Kolada names it cannot match as warnings', () => {
    const summary = JSON.parse(inspect(fixturePath('stats', 'Kolada_3.xlsx'), '--json').stdout)
    expect(summary.format).toBe('kolada-xlsx')
    expect(summary.regions).toContainEqual({ code: null, name: 'Stockholms läns kommuner (ovägt medel)' })
    expect(summary.values).toBe(746)
    expect(summary.missing).toBe(334)
    expect(summary.warnings[0]).toMatch(/är ett medelvärde .* läses in som en egen rad utan regionkod/)
  })

  it('prints every observation as TSV with a header line, the value empty when missing', () => {
    const { status, stdout } = inspect(fixturePath('stats', 'BE0101N1.px'), '--long')
    expect(status).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(65)
    expect(lines[0]).toBe('measure\tregionCode\tregionName\tyear\tsex\tvalue')
    expect(lines[1]).toBe('Folkmängd, ogifta, 45-54 år\t0114\tUpplands Väsby\t2020\tmen\t1054')
    expect(lines.at(-1)).toBe('Folkökning, gifta, 55-64 år\t0115\tVallentuna\t2021\twomen\t45')
    const borgholm = inspect(fixturePath('stats', 'pxweb_region_kon_ar.xlsx'), '--long').stdout.split('\n')
    expect(borgholm).toContain('Folkmängd\t0885\tBorgholm\t2021\twomen\t')
  })

  it('exits non-zero with the Swedish message for a file it cannot read', () => {
    const bomb = inspect(fixturePath('bad', 'zip-bomb.xlsx'), '--json')
    expect(bomb.status).toBe(1)
    expect(bomb.stdout).toBe('')
    expect(bomb.stderr).toMatch(
      /zip-bomb\.xlsx" läses inte in: delen xl\/worksheets\/sheet1\.xml packas upp till 1025 gånger/
    )
    const empty = inspect(fixturePath('bad', 'empty.xlsx'), '--long')
    expect(empty.status).toBe(1)
    expect(empty.stderr).toMatch(/är tom \(0 byte\)/)
  })

  it('prints every layout’s rows with kommun, län or 00 codes, periods as the file writes them, and sexes', () => {
    const rows = (name: string): string[] =>
      inspect(fixturePath('stats', `layouts/${name}`), '--long').stdout.split('\n')
    expect(rows('long_region_kon_ar.csv')).toContain('Folkmängd\t0885\tBorgholm\t2024\twomen\t0')
    expect(rows('long_kod_namn_kvartal.xlsx')).toContain('Sysselsatta\t0861\tMönsterås\t2025K1\tmen\t1053')
    expect(rows('eurostat_nuts.csv')).toContain('ESTAT:DEMO_R_PJANGRP3(1.0), A\t13\tHallands län\t2024\tmen\t1566')
    expect(rows('riket_manader.csv')).toContain('Arbetslösa 15-74 år\t00\tRiket\t2025M11\tmen\t105.9')
    expect(rows('english_split_years.csv')).toContain('english_split_years\t01\tStockholms län\t2023/24\ttotal\t1064')
    expect(rows('pxwebapi2_jsonstat.json')).toContain('Inskrivna arbetslösa\t08\tKalmar län\t2025M11\twomen\t1090')
    expect(rows('kolada_kon_regioner.xlsx')).toContain(
      'Invånare 25-64 år med eftergymnasial utbildning, andel (%)\t08\tKalmar län\t2023\ttotal\t29.25'
    )
    const summary = JSON.parse(inspect(fixturePath('stats', 'layouts/kvartal_datasymbol.px'), '--json').stdout)
    expect(summary.years).toEqual(['2024Q4', '2025Q1'])
  })

  it('takes --region-column, --time-column and --sex-column (1 = column A)', () => {
    const folder = mkdtempSync(resolve(tmpdir(), 'inspect-'))
    const file = resolve(folder, 'orter.csv')
    // Made-up values; two of three places are not kommuner, so the column is not taken for regions on its own.
    writeFileSync(
      file,
      '"ort";"grupp";"tidpunkt";"Antal"\n"Kalmar";"kvinnor";"2024";10\n"Ljungbyholm";"män";"2024";11\n"Påryd";"kvinnor";"2024";12\n'
    )
    const detected = JSON.parse(inspect(file, '--json').stdout)
    expect(detected.regions).toEqual([{ code: '00', name: 'Riket' }])
    const chosen = JSON.parse(
      inspect(file, '--json', '--region-column', '1', '--sex-column', '2', '--time-column', '3').stdout
    )
    expect(chosen.regions).toEqual([
      { code: '0880', name: 'Kalmar' },
      { code: null, name: 'Ljungbyholm' },
      { code: null, name: 'Påryd' }
    ])
    expect(chosen.sexes).toEqual(['women', 'men'])
    const refused = inspect(file, '--json', '--time-column', '1')
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/Kolumnen "ort" \(kolumn A\) .* kan inte läsas som år: "Kalmar" är inget år/)
    const bad = inspect(file, '--time-column', 'B')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/--time-column ska följas av ett kolumnnummer/)
  })

  it('exits cleanly when its output pipe closes early (| head)', () => {
    const folder = mkdtempSync(resolve(tmpdir(), 'inspect-'))
    const big = resolve(folder, 'stor.csv')
    const lines = ['"region";"kön";"år";"Antal"']
    for (let i = 0; i < 40_000; i++) lines.push(`"0880 Kalmar";"kvinnor";${1900 + (i % 200)};${i}`)
    writeFileSync(big, lines.join('\n'))
    const tsx = resolve(repoRoot, 'node_modules/.bin/tsx')
    const result = spawnSync(
      'sh',
      [
        '-c',
        `"${tsx}" --tsconfig tsconfig.json scripts/inspect-stats.ts "${big}" --long | head -n 2; exit \${PIPESTATUS:-0}`
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 }
    )
    expect(result.stdout.split('\n')[1]).toBe('stor\t0880\tKalmar\t1900\twomen\t0')
    expect(result.stderr).not.toMatch(/EPIPE|Error/)
  })
})
