import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixturePath, repoRoot } from './statistics-fixture'

/** Runs `npm run --silent inspect-stats -- …` the way the package script does (tsx on scripts/inspect-stats.ts). */
function inspect(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const tsx = resolve(repoRoot, 'node_modules/.bin/tsx')
  const result = spawnSync(tsx, ['--tsconfig', 'tsconfig.json', 'scripts/inspect-stats.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('inspect-stats command-line inspector', () => {
  it('prints the summary of a PxWeb xlsx as one JSON object', () => {
    const { status, stdout } = inspect(fixturePath('stats', 'pxweb_region_kon_ar.xlsx'), '--json')
    expect(status).toBe(0)
    const summary = JSON.parse(stdout)
    expect(Object.keys(summary)).toEqual(['format', 'title', 'measures', 'regions', 'years', 'sexes', 'values', 'missing', 'warnings'])
    expect(summary).toMatchObject({
      format: 'pxweb-xlsx',
      title: 'Folkmängd efter region, kön och år',
      measures: ['Folkmängd'],
      years: ['2021', '2022', '2023'],
      sexes: ['women', 'men', 'total'],
      values: 51,
      missing: 3,
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
    expect(summary.warnings[0]).toMatch(/känns inte igen/)
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
    expect(bomb.stderr).toMatch(/zip-bomb\.xlsx" läses inte in: delen xl\/worksheets\/sheet1\.xml packas upp till 1025 gånger/)
    const empty = inspect(fixturePath('bad', 'empty.xlsx'), '--long')
    expect(empty.status).toBe(1)
    expect(empty.stderr).toMatch(/är tom \(0 byte\)/)
  })
})
