/**
 * Command-line inspector for statistics files, running the app's own
 * readers in Node:
 *
 *   npm run --silent inspect-stats -- <file> [--json]   summary as one JSON object
 *   npm run --silent inspect-stats -- <file> --long     every observation as TSV
 *
 * A file that cannot be read exits with status 1 and the Swedish message the
 * import view shows.
 */
import { readFileSync } from 'node:fs'
import { summarizeStatistics } from '@/domain/statistics/statistics-summary'
import type { ParsedStatistics } from '@/domain/statistics/statistics-table'
import { readStatisticsFile } from '@/io/stats/read-statistics-file'
import { StatisticsFileError } from '@/io/stats/statistics-file-error'

function tsvField(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ')
}

function longForm(parsed: ParsedStatistics): string {
  const lines = ['measure\tregionCode\tregionName\tyear\tsex\tvalue']
  for (const o of parsed.observations) {
    const value = o.value === null ? '' : String(o.value)
    lines.push([tsvField(o.measure), o.region.code ?? '', tsvField(o.region.name), o.year, o.sex, value].join('\t'))
  }
  return `${lines.join('\n')}\n`
}

async function main(args: string[]): Promise<number> {
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file) {
    process.stderr.write('Ange en fil: npm run --silent inspect-stats -- <fil> [--json | --long]\n')
    return 2
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(file))
  } catch {
    process.stderr.write(`Filen "${file}" går inte att öppna. Kontrollera sökvägen och att du har läsbehörighet.\n`)
    return 1
  }
  try {
    const parsed = await readStatisticsFile(file, bytes)
    process.stdout.write(args.includes('--long') ? longForm(parsed) : `${JSON.stringify(summarizeStatistics(parsed))}\n`)
    return 0
  } catch (error) {
    if (!(error instanceof StatisticsFileError)) throw error
    process.stderr.write(`${error.message}\n`)
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
