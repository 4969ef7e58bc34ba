import { localDay, type ParsedBackupName } from './backup-names'

/**
 * Which backups to keep. Automatic backups:
 *
 * - the newest file of each of the 14 most recent days that have a backup;
 * - the newest file of each of the 12 most recent months that have a backup;
 * - always the newest file.
 *
 * "Most recent days/months that have a backup" rather than calendar days back
 * from today: a laptop left off for a month still keeps 14 daily files.
 * Days and months are the machine's local ones, as in the file names (a
 * backup at 00:44 belongs to the new day). Backups kept before a
 * restore are the only copy of what the restore replaced, so they follow
 * their own rule: the 10 newest are kept. Files that are not ours are never
 * touched.
 */
export const rotation = { days: 14, months: 12, beforeRestore: 10 } as const

export function backupsToRemove(backups: readonly ParsedBackupName[]): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
  const automatic = newestFirst.filter((b) => b.kind === 'automatic')
  const keep = new Set<string>([
    ...newestPer(automatic, (b) => localDay(b.createdAt), rotation.days),
    ...newestPer(automatic, (b) => localDay(b.createdAt).slice(0, 7), rotation.months),
    ...newestFirst
      .filter((b) => b.kind === 'before-restore')
      .slice(0, rotation.beforeRestore)
      .map((b) => b.name)
  ])
  if (newestFirst[0]) keep.add(newestFirst[0].name)
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name)
}

/** The newest backup of each of the `count` most recent periods; `newestFirst` must be sorted newest first. */
function newestPer(
  newestFirst: readonly ParsedBackupName[],
  period: (b: ParsedBackupName) => string,
  count: number
): string[] {
  const seen = new Map<string, string>()
  for (const backup of newestFirst) {
    const key = period(backup)
    if (seen.has(key)) continue
    if (seen.size === count) break
    seen.set(key, backup.name)
  }
  return [...seen.values()]
}
