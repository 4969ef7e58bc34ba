/**
 * When automatic backups are taken: once at start and then every 24 hours
 * while the app runs. The renderer holds the data (IndexedDB), so it makes
 * the bytes and hands them to the platform, whose main process decides name,
 * folder and rotation. `takeBackup` is e.g.
 *   async () => platform.writeAutomaticBackup((await exportBackup(db, { appVersion })).bytes, 'automatic')
 */
export const AUTOMATIC_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000

export interface ScheduleDeps {
  takeBackup(): Promise<unknown>
  /** Called with any failure; the schedule goes on (the next attempt may succeed). */
  onError(error: unknown): void
  setInterval(run: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

/** Starts the schedule; returns a function that stops it. A run never overlaps the previous one. */
export function startAutomaticBackups(deps: ScheduleDeps, intervalMs = AUTOMATIC_BACKUP_INTERVAL_MS): () => void {
  let running = false
  const run = () => {
    if (running) return
    running = true
    deps
      .takeBackup()
      .catch((error: unknown) => deps.onError(error))
      .finally(() => (running = false))
  }
  run()
  const handle = deps.setInterval(run, intervalMs)
  return () => deps.clearInterval(handle)
}
