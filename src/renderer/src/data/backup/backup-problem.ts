import { wrongFileKindMessage, type FileKind } from '@/domain/file-kind'

/**
 * Why a backup file cannot be restored, with a Swedish message that says what
 * is wrong and what to do. Every refusal also means the current data is
 * untouched; the messages say so, because that is what the user worries about.
 */
export type BackupProblemCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'wrong-kind'
  | 'truncated'
  | 'foreign'
  | 'damaged'
  | 'checksum'
  | 'newer-format'
  | 'newer-schema'
  | 'unknown-table'
  | 'invalid-record'
  | 'duplicate-key'
  | 'broken-reference'
  | 'safety-backup-failed'
  | 'write-failed'

export interface BackupProblem {
  code: BackupProblemCode
  /** Swedish, for the user: what is wrong and what to do. */
  message: string
}

export const UNCHANGED = 'Inget har ändrats i registret.'
const PICK_ANOTHER = 'Välj en annan säkerhetskopia, till exempel en av de automatiska.'

/** A Word document, a PDF, an image… picked instead of a backup, named for what it is. */
export function wrongKindProblem(kind: Exclude<FileKind, 'other'>): BackupProblem {
  return {
    code: 'wrong-kind',
    message: wrongFileKindMessage(
      kind,
      `Det är ingen säkerhetskopia från Kugghjul. ${UNCHANGED} Välj en fil som Kugghjul har sparat, den slutar på .json.`
    )
  }
}

export function backupProblem(code: Exclude<BackupProblemCode, 'wrong-kind'>, detail?: string): BackupProblem {
  return { code, message: messageFor(code, detail) }
}

function messageFor(code: Exclude<BackupProblemCode, 'wrong-kind'>, detail = ''): string {
  switch (code) {
    case 'empty':
      return `Filen är tom och innehåller ingen säkerhetskopia. ${UNCHANGED} ${PICK_ANOTHER}`
    case 'too-large':
      return `Filen är för stor för att vara en säkerhetskopia från Kugghjul (${detail}). ${UNCHANGED} Kontrollera att du valt rätt fil.`
    case 'not-json':
      return `Filen är ingen säkerhetskopia från Kugghjul: den är inte en JSON-fil (kanske en annan sorts fil med nytt namn). ${UNCHANGED} Välj en fil som Kugghjul har sparat, den slutar på .json.`
    case 'truncated':
      return `Säkerhetskopian är ofullständig: filen tar slut mitt i innehållet, till exempel för att kopieringen avbröts eller disken blev full. ${UNCHANGED} ${PICK_ANOTHER}`
    case 'foreign':
      return `Filen är ingen säkerhetskopia från Kugghjul (${detail}). ${UNCHANGED} Välj en fil som Kugghjul har sparat under Inställningar → Säkerhetskopior.`
    case 'damaged':
      return `Säkerhetskopian är skadad: ${detail}. ${UNCHANGED} ${PICK_ANOTHER}`
    case 'checksum':
      return `Säkerhetskopian har ändrats eller skadats efter att den sparades (kontrollsumman stämmer inte). Kugghjul återställer den inte, eftersom innehållet inte går att lita på. ${UNCHANGED} ${PICK_ANOTHER}`
    case 'newer-format':
      return `Säkerhetskopian är sparad av en nyare version av Kugghjul (${detail}) i ett format som den här versionen inte kan läsa. ${UNCHANGED} Uppdatera Kugghjul till den senaste versionen och försök igen.`
    case 'newer-schema':
      return `Säkerhetskopian kommer från en nyare version av Kugghjul (${detail}) och innehåller uppgifter som den här versionen inte känner till. ${UNCHANGED} Uppdatera Kugghjul till den senaste versionen och försök igen.`
    case 'unknown-table':
      return `Säkerhetskopian innehåller en tabell som Kugghjul inte känner till (${detail}). ${UNCHANGED} Kontrollera att filen kommer från Kugghjul, eller uppdatera Kugghjul och försök igen.`
    case 'invalid-record':
      return `Säkerhetskopian innehåller en felaktig uppgift: ${detail}. ${UNCHANGED} ${PICK_ANOTHER}`
    case 'duplicate-key':
      return `Säkerhetskopian innehåller samma uppgift två gånger: ${detail}. ${UNCHANGED} ${PICK_ANOTHER}`
    case 'broken-reference':
      return `Säkerhetskopian hänger inte ihop: ${detail}. ${UNCHANGED} ${PICK_ANOTHER}`
    case 'safety-backup-failed':
      return `Kugghjul kunde inte spara en säkerhetskopia av nuvarande uppgifter innan återställningen (${detail}), och avbröt därför. ${UNCHANGED} Kontrollera att det finns ledigt utrymme på disken och försök igen.`
    case 'write-failed':
      return `Återställningen kunde inte slutföras (${detail}). Allt eller inget skrivs, så registret är som före försöket. Kontrollera att det finns ledigt utrymme på disken och försök igen.`
  }
}
