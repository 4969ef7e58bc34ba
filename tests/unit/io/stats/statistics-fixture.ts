import { readFileSync } from 'node:fs'
import { beforeAll } from 'vitest'
import { resolve } from 'node:path'
import type { Observation, ParsedStatistics, Sex } from '@/domain/statistics/statistics-table'
import { readStatisticsFile } from '@/io/stats/read-statistics-file'

/** Test support: fixture files and lookups of single observations. */
type FixtureFolder = 'stats' | 'bad' | 'wrong-kind'

export const repoRoot = resolve(import.meta.dirname, '../../../..')

export function fixturePath(folder: FixtureFolder, name: string): string {
  return resolve(repoRoot, 'tests/fixtures', folder, name)
}

export function fixtureBytes(folder: FixtureFolder, name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(folder, name)))
}

export function readFixture(folder: FixtureFolder, name: string): Promise<ParsedStatistics> {
  return readStatisticsFile(name, fixtureBytes(folder, name))
}

export function observation(
  parsed: ParsedStatistics,
  measure: string,
  regionCode: string | null,
  year: string,
  sex: Sex
): Observation | undefined {
  return parsed.observations.find(
    (o) => o.measure === measure && o.region.code === regionCode && o.year === year && o.sex === sex
  )
}

/** The value of one observation; fails the test (through undefined) when the observation does not exist. */
export function valueAt(
  parsed: ParsedStatistics,
  measure: string,
  regionCode: string | null,
  year: string,
  sex: Sex
): number | null | undefined {
  return observation(parsed, measure, regionCode, year, sex)?.value
}

/** Reads a fixture once for a describe block; call the returned function inside tests. */
export function useFixture(folder: FixtureFolder, name: string): () => ParsedStatistics {
  let parsed: ParsedStatistics | undefined
  beforeAll(async () => {
    parsed = await readFixture(folder, name)
  })
  return () => {
    if (!parsed) throw new Error(`${name} was not read`)
    return parsed
  }
}
