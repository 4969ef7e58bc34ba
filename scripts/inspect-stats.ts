/**
 * Command-line inspector for statistics files, running the app's own
 * readers in Node:
 *
 *   npm run --silent inspect-stats -- <file> [--json]   summary as one JSON object
 *   npm run --silent inspect-stats -- <file> --long     every observation as TSV
 *
 * --region-column N, --time-column N and --sex-column N (1 = column A) say
 * which column holds what, as the import preview lets the user choose.
 * The output may be cut short (`| head`): a closed pipe ends the program quietly.
 *
 * A file that cannot be read exits with status 1 and the Swedish message the
 * import view shows.
 */
import { readFileSync } from 'node:fs'
import { overridesForColumns, type ColumnChoices } from '@/domain/statistics/statistics-dimension'
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

const usage =
  'Ange en fil: npm run --silent inspect-stats -- <fil> [--json | --long] [--region-column N] [--time-column N] [--sex-column N]\n'
const columnFlags: Record<string, keyof ColumnChoices> = {
  '--region-column': 'region',
  '--time-column': 'time',
  '--sex-column': 'sex'
}

/** The file and the column choices, or a Swedish complaint about the arguments. */
function parseArgs(args: string[]): { file: string; choices: ColumnChoices } | string {
  let file: string | undefined
  const choices: ColumnChoices = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    const flag = columnFlags[arg]
    if (flag) {
      const column = Number(args[++i])
      if (!Number.isInteger(column) || column < 1) return `${arg} ska följas av ett kolumnnummer (1 = kolumn A).\n`
      choices[flag] = column
    } else if (!arg.startsWith('--')) file ??= arg
  }
  return file ? { file, choices } : usage
}

async function main(args: string[]): Promise<number> {
  const parsedArgs = parseArgs(args)
  if (typeof parsedArgs === 'string') {
    process.stderr.write(parsedArgs)
    return 2
  }
  const { file, choices } = parsedArgs
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(file))
  } catch {
    process.stderr.write(`Filen "${file}" går inte att öppna. Kontrollera sökvägen och att du har läsbehörighet.\n`)
    return 1
  }
  try {
    const parsed = await readStatisticsFile(file, bytes, undefined, { roleOverrides: overridesForColumns(choices) })
    process.stdout.write(
      args.includes('--long') ? longForm(parsed) : `${JSON.stringify(summarizeStatistics(parsed))}\n`
    )
    return 0
  } catch (error) {
    if (!(error instanceof StatisticsFileError)) throw error
    process.stderr.write(`${error.message}\n`)
    return 1
  }
}

// `inspect-stats … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = await main(process.argv.slice(2))
