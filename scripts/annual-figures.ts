/**
 * The årsuppföljning's figures from a backup file, for checking without the UI:
 *
 *   npm run --silent annual-figures -- <backup.json> --year 2026
 *
 * Prints one JSON object (annualFiguresJson: the same figures and definitions
 * as the Årsuppföljning screen and its documents). The file goes through the
 * restore's own checks (format, checksum, schema upgrade, every record), so an
 * older backup gives the figures the app would show after restoring it.
 * An unreadable file or a year outside the register exits with status 1 and a
 * Swedish message; wrong arguments with status 2.
 */
import { errorMessage } from '@/domain/error-message'
import 'fake-indexeddb/auto' // the schema upgrade of an older backup runs in an in-memory IndexedDB
import { readFile } from 'node:fs/promises'
import { annualFiguresInputFromBackup } from '@/data/annual-figures-loader'
import { validateBackup } from '@/data/backup/backup-validation'
import { KugghjulDatabase } from '@/data/database'
import { annualFigures, annualFiguresYearProblem, annualFiguresYearRange } from '@/domain/annual-figures/annual-figures'
import { annualFiguresJson } from '@/domain/annual-figures/annual-figures-json'

const usage = 'Användning: npm run --silent annual-figures -- <säkerhetskopia.json> --year 2026\n'

function parseArgs(args: string[]): { file: string; year: string } | string {
  const at = args.indexOf('--year')
  const year = at >= 0 ? args[at + 1] : undefined
  const rest = args.filter((_, i) => i !== at && i !== at + 1)
  if (rest.length !== 1 || rest[0]!.startsWith('--'))
    return `Ange en säkerhetskopia (en .json-fil som Kugghjul har sparat). ${usage}`
  if (year === undefined) return `Ange vilket år siffrorna gäller med --year. ${usage}`
  return { file: rest[0]!, year }
}

async function readBytes(file: string): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await readFile(file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return `Filen ${file} finns inte. Kontrollera sökvägen och försök igen.`
    if (code === 'EISDIR') return `${file} är en mapp. Ange en säkerhetskopia (en .json-fil).`
    return `Filen ${file} gick inte att läsa (${code ?? 'okänt fel'}). Kontrollera att du har behörighet att läsa den.`
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  if (typeof args === 'string') {
    process.stderr.write(args)
    return 2
  }
  const bytes = await readBytes(args.file)
  if (typeof bytes === 'string') {
    process.stderr.write(`${bytes}\n`)
    return 1
  }
  const db = new KugghjulDatabase(`annual-figures-${crypto.randomUUID()}`)
  const validation = await validateBackup(db, bytes)
  if (!validation.ok) {
    process.stderr.write(`${validation.problem.message}\n`)
    return 1
  }
  const { header, tables } = validation.backup
  let input
  try {
    input = annualFiguresInputFromBackup(tables, 0)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return 1
  }
  const problem = annualFiguresYearProblem(
    args.year,
    annualFiguresYearRange(input.periods, Number(header.createdAt.slice(0, 4)))
  )
  if (problem) {
    process.stderr.write(`${problem}\n`)
    return 1
  }
  const figures = annualFigures({ ...input, year: Number(args.year) })
  process.stdout.write(`${JSON.stringify(annualFiguresJson(figures), null, 2)}\n`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Siffrorna gick inte att ta fram: ${errorMessage(error)}\n`)
    process.exit(1)
  }
)
