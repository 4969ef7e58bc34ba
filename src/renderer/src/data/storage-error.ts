/**
 * A write that the browser's storage refused: the disk or the space the
 * browser allows the app is full, or the storage itself failed. The
 * transaction was rolled back, so everything saved before is still there;
 * the message says so and what to do.
 */
export class StorageWriteError extends Error {
  constructor(
    readonly kind: 'quota' | 'storage',
    override readonly cause: unknown
  ) {
    super(
      kind === 'quota'
        ? 'Ändringen kunde inte sparas eftersom lagringsutrymmet är fullt. Allt som sparats tidigare finns kvar; bara den här ändringen sparades inte. Frigör utrymme på disken (töm papperskorgen, ta bort stora filer) och försök igen.'
        : 'Ändringen kunde inte sparas på grund av ett fel i lagringen på den här datorn. Allt som sparats tidigare finns kvar; bara den här ändringen sparades inte. Starta om Kugghjul och försök igen. Händer det igen: spara en säkerhetskopia och kontrollera disken.'
    )
    this.name = 'StorageWriteError'
  }
}

const QUOTA = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])
/** Failures of the storage itself, not of the data or the code. */
const STORAGE = new Set(['UnknownError', 'DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'AbortError'])

/** The names of an error and the errors it wraps (Dexie puts the original in `inner`). */
function errorNames(error: unknown): string[] {
  const names: string[] = []
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown }
    if (typeof e.name === 'string') names.push(e.name)
    current = e.inner ?? e.cause
  }
  return names
}

/** The error as a StorageWriteError when the storage refused the write; any other error unchanged. */
export function asStorageError(error: unknown): unknown {
  if (error instanceof StorageWriteError) return error
  const names = errorNames(error)
  if (names.some((n) => QUOTA.has(n))) return new StorageWriteError('quota', error)
  if (names.some((n) => STORAGE.has(n))) return new StorageWriteError('storage', error)
  return error
}
