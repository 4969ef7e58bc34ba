import { wrongFileKindMessage, type FileKind } from '@/domain/file-kind'

/**
 * Why a statistics file cannot be read. The message is Swedish, says what is
 * wrong and what to do, and is shown as it is by the import view and the
 * command-line inspector.
 */
export type StatisticsFileProblem =
  | 'empty-file'
  | 'file-too-large'
  | 'not-a-spreadsheet'
  | 'legacy-xls'
  | 'wrong-kind'
  | 'damaged-file'
  | 'zip-bomb'
  | 'merged-range-too-large'
  | 'sheet-too-spread'
  | 'no-worksheet'
  | 'empty-sheet'
  | 'no-table'
  | 'no-region'
  | 'no-year'
  | 'role-does-not-fit'
  | 'not-json-stat'

export class StatisticsFileError extends Error {
  constructor(
    readonly problem: StatisticsFileProblem,
    message: string,
    options?: ErrorOptions
  ) {
    super(message, options)
    this.name = 'StatisticsFileError'
  }
}

const redownload = 'Ladda ner tabellen igen från SCB eller Kolada och försök på nytt.'

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })
}

/** The errors readers throw, one builder per problem. */
export const statisticsFileErrors = {
  emptyFile: (file: string) => new StatisticsFileError('empty-file', `Filen "${file}" är tom (0 byte). ${redownload}`),
  fileTooLarge: (file: string, size: number, limit: number) =>
    new StatisticsFileError(
      'file-too-large',
      `Filen "${file}" är ${megabytes(size)} MB, men högst ${megabytes(limit)} MB kan läsas in. ` +
        'Välj färre regioner, år eller mått när du hämtar tabellen, eller dela upp den i flera filer.'
    ),
  notASpreadsheet: (file: string) =>
    new StatisticsFileError(
      'not-a-spreadsheet',
      `Filen "${file}" heter .xlsx men är ingen Excel-arbetsbok (innehållet ser ut som vanlig text). ` +
        'Öppna den i Excel och spara som Excel-arbetsbok (.xlsx), eller hämta tabellen som CSV.'
    ),
  legacyXls: (file: string) =>
    new StatisticsFileError(
      'legacy-xls',
      `Filen "${file}" är i det gamla Excel-formatet (.xls), som inte kan läsas. Öppna den i Excel och spara som Excel-arbetsbok (.xlsx).`
    ),
  wrongKind: (file: string, kind: Exclude<FileKind, 'other'>) =>
    new StatisticsFileError(
      'wrong-kind',
      wrongFileKindMessage(kind, 'Spara tabellen från SCB som .xlsx, .csv eller .px och försök igen.', file)
    ),
  damaged: (file: string, detail: string, cause?: unknown) =>
    new StatisticsFileError('damaged-file', `Filen "${file}" är skadad eller ofullständig (${detail}). ${redownload}`, {
      cause
    }),
  zipBomb: (file: string, detail: string) =>
    new StatisticsFileError(
      'zip-bomb',
      `Filen "${file}" läses inte in: ${detail}. Så ser inte en statistiktabell ut; filen kan vara skadad eller skadlig. ${redownload}`
    ),
  mergedRangeTooLarge: (file: string, range: string, cells: number) =>
    new StatisticsFileError(
      'merged-range-too-large',
      `Filen "${file}" har sammanfogade celler (${range}) som täcker ${cells.toLocaleString('sv-SE')} celler, ` +
        'vilket är orimligt för en statistiktabell. Ta bort sammanfogningen i Excel eller hämta tabellen igen.'
    ),
  sheetTooSpread: (file: string, sheet: string, cells: number) =>
    new StatisticsFileError(
      'sheet-too-spread',
      `Kalkylbladet "${sheet}" i "${file}" sträcker sig över ${cells.toLocaleString('sv-SE')} celler, ` +
        'vilket är orimligt för en statistiktabell. Ta bort innehåll långt utanför tabellen i Excel, eller hämta tabellen igen.'
    ),
  noWorksheet: (file: string) =>
    new StatisticsFileError('no-worksheet', `Excel-filen "${file}" innehåller inget kalkylblad. ${redownload}`),
  emptySheet: (file: string) =>
    new StatisticsFileError(
      'empty-sheet',
      `Filen "${file}" innehåller ingen tabell: kalkylbladet är tomt. Kontrollera att du valt rätt fil, eller hämta tabellen igen.`
    ),
  noTable: (file: string) =>
    new StatisticsFileError(
      'no-table',
      `Hittade inga tal i "${file}". En statistiktabell ska ha en rad med år och rader med värden under. ` +
        'Kontrollera att du valt rätt fil, eller hämta tabellen igen från SCB eller Kolada.'
    ),
  noRegion: (file: string) =>
    new StatisticsFileError(
      'no-region',
      `Hittade ingen kolumn med regioner i "${file}". Tabellen måste ange kommun, län eller riket för varje rad ` +
        '(t.ex. "0880 Kalmar", "08 Kalmar län" eller "Kalmar"). Välj region som en av tabellens variabler när du hämtar den.'
    ),
  roleDoesNotFit: (file: string, dimension: string, role: string, label: string) =>
    new StatisticsFileError(
      'role-does-not-fit',
      `${dimension} i "${file}" kan inte läsas som ${role}: "${label}" är inget ${role === 'år' ? 'år (t.ex. 2023)' : 'kön (kvinnor, män, totalt)'}. ` +
        'Välj en annan roll för den, eller låt Kugghjul avgöra.'
    ),
  noYear: (file: string, found: readonly string[] = []) =>
    new StatisticsFileError(
      'no-year',
      `Hittade ingen tidsperiod i "${file}". ${foundText(found)}Det som saknas är år, månader eller kvartal, ` +
        'som kolumnrubriker eller i en egen kolumn (t.ex. 2023, 2025M11, 2025K1). ' +
        'Hämta tabellen igen med tid (år, månad eller kvartal) som en av variablerna.'
    ),
  notJsonStat: (file: string) =>
    new StatisticsFileError(
      'not-json-stat',
      `Filen "${file}" är en JSON-fil men inget JSON-stat-dataset (det saknas "dimension", "id", "size" och "value"). ` +
        'Hämta tabellen som JSON-stat 2.0 från SCB:s Statistikdatabas, PxWebApi eller Eurostat, eller som .xlsx eller .csv.'
    )
}

/** "Hittade: Kolumnen "ålder" (kolumn A) – del av måttets namn; …. " for a message that says what was found. */
function foundText(found: readonly string[]): string {
  return found.length > 0 ? `Hittade: ${found.join('; ')}. ` : ''
}
