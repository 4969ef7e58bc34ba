import { describe, expect, it } from 'vitest'
import { backupName, parseBackupName, type ParsedBackupName } from '../../../../src/main/backups/backup-names'
import { backupsToRemove } from '../../../../src/main/backups/backup-rotation'
import type { BackupKind } from '../../../../src/preload/contract'
import { useSwedishTime } from '../../swedish-time'

useSwedishTime()

function backup(at: string, kind: BackupKind = 'automatic'): ParsedBackupName {
  return parseBackupName(backupName(kind, new Date(at)))!
}

/** Two automatic backups a day (08:00 and 16:00 UTC) on each day in [from, to], skipping the days in `gaps`. */
function history(from: string, to: string, gaps: string[] = []): ParsedBackupName[] {
  const backups: ParsedBackupName[] = []
  for (
    let day = new Date(`${from}T00:00:00Z`);
    day <= new Date(`${to}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    const date = day.toISOString().slice(0, 10)
    if (!gaps.includes(date)) backups.push(backup(`${date}T08:00:00.000Z`), backup(`${date}T16:00:00.000Z`))
  }
  return backups
}

function kept(backups: ParsedBackupName[]): string[] {
  const removed = new Set(backupsToRemove(backups))
  return backups
    .filter((b) => !removed.has(b.name))
    .map((b) => b.createdAt)
    .sort()
}

describe('backup rotation', () => {
  it('keeps exactly the newest per day of the last 14 days with backups and the newest per month, over 60 days with a gap', () => {
    const gap = ['2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24']
    const backups = history('2026-09-01', '2026-10-30', gap)
    expect(backups).toHaveLength(110)
    const days = ['12', '13', '14', '15', '16', '17', '18', '19', '25', '26', '27', '28', '29', '30'].map(
      (d) => `2026-10-${d}T16:00:00.000Z`
    )
    expect(kept(backups)).toEqual(['2026-09-30T16:00:00.000Z', ...days])
  })

  it('keeps the newest of each of the last 12 months that have backups, over a longer history', () => {
    const backups = history('2025-01-01', '2026-06-30')
    const monthly = kept(backups).filter((at) => at < '2026-06-01')
    expect(monthly).toEqual(
      [
        '2025-07-31',
        '2025-08-31',
        '2025-09-30',
        '2025-10-31',
        '2025-11-30',
        '2025-12-31',
        '2026-01-31',
        '2026-02-28',
        '2026-03-31',
        '2026-04-30',
        '2026-05-31'
      ].map((d) => `${d}T16:00:00.000Z`)
    )
    expect(kept(backups)).toHaveLength(11 + 14)
  })

  it('counts days that have backups, so a laptop left off keeps its last 14 daily files', () => {
    const backups = history('2025-01-01', '2025-01-20')
    expect(kept(backups).filter((at) => at >= '2025-01-07')).toHaveLength(14)
    expect(kept(backups)).toHaveLength(14)
  })

  it('never removes the newest file, nor anything from a short history', () => {
    expect(backupsToRemove([])).toEqual([])
    const one = [backup('2026-11-23T08:00:00.000Z')]
    expect(backupsToRemove(one)).toEqual([])
    const sameDay = [backup('2026-11-23T08:00:00.000Z'), backup('2026-11-23T08:00:00.001Z')]
    expect(backupsToRemove(sameDay)).toEqual([sameDay[0]!.name])
  })

  it('counts days in local time: 23:44 and 00:44 Swedish time are two days, although both are the same UTC day', () => {
    const evening = backup('2026-11-23T22:44:00.000Z')
    const afterMidnight = backup('2026-11-23T23:44:00.000Z')
    expect(backupsToRemove([evening, afterMidnight])).toEqual([])
    // 22:30 and 23:30 UTC are 23:30 and 00:30 on the Swedish clock; 01:30 UTC is 02:30, the same Swedish day as 00:30.
    const days = ['2026-11-20T22:30:00.000Z', '2026-11-20T23:30:00.000Z', '2026-11-21T01:30:00.000Z'].map((at) =>
      backup(at)
    )
    expect(backupsToRemove(days)).toEqual([days[1]!.name])
  })

  it('rotates old UTC-named files together with local-named ones, by the instant they name', () => {
    // 23:44 UTC on the 23rd is 00:44 on the 24th in Sweden: the same day as a backup that morning.
    const afterMidnight = parseBackupName('kugghjul-sakerhetskopia-2026-11-23T234400000Z.json')!
    expect(afterMidnight.createdAt).toBe('2026-11-23T23:44:00.000Z')
    expect(backupsToRemove([afterMidnight, backup('2026-11-24T07:00:00.000Z')])).toEqual([afterMidnight.name])
    const old = parseBackupName('kugghjul-sakerhetskopia-2026-11-23T224400000Z.json')!
    // 22:44 and 23:10 UTC share a UTC day but not a Swedish one (23:44 and 00:10): both stay.
    expect(backupsToRemove([old, backup('2026-11-23T23:10:00.000Z')])).toEqual([])
  })

  it('keeps the 10 newest backups taken before a restore apart from the daily rule', () => {
    const safety = Array.from({ length: 12 }, (_, i) =>
      backup(`2026-11-23T09:${String(i).padStart(2, '0')}:00.000Z`, 'before-restore')
    )
    const automatic = [backup('2026-11-23T08:00:00.000Z'), backup('2026-11-23T10:00:00.000Z')]
    expect(backupsToRemove([...safety, ...automatic]).sort()).toEqual(
      [automatic[0]!.name, safety[0]!.name, safety[1]!.name].sort()
    )
  })
})

describe('backup names', () => {
  it('holds kind, local date and time to the millisecond with the offset, and parses back', () => {
    const name = backupName('automatic', new Date('2026-11-23T08:15:30.123Z'))
    expect(name).toBe('kugghjul-sakerhetskopia-2026-11-23T091530123+0100.json')
    expect(parseBackupName(name)).toEqual({ name, kind: 'automatic', createdAt: '2026-11-23T08:15:30.123Z' })
    expect(parseBackupName(backupName('before-restore', new Date('2026-11-23T08:15:30.123Z')))?.kind).toBe(
      'before-restore'
    )
  })

  it.each([
    '../../etc/passwd',
    '/etc/passwd',
    'C:\\Windows\\system.ini',
    '..\\kugghjul-sakerhetskopia-2026-11-23T081530123Z.json',
    'backups/kugghjul-sakerhetskopia-2026-11-23T081530123Z.json',
    'kugghjul-sakerhetskopia-2026-11-23T081530123Z.json/../../x',
    'kugghjul-sakerhetskopia-2026-02-30T081530123Z.json',
    'kugghjul-sakerhetskopia-2026-11-23T251530123+0100.json',
    'kugghjul-sakerhetskopia-2026-11-23T081530123+01.json',
    'kugghjul-sakerhetskopia-2026-11-23T081530123+0160.json',
    'kugghjul-sakerhetskopia-2026-11-23T081530123Z.json\u0000.txt',
    'kugghjul-sakerhetskopia-2026-11-23T081530123Z.JSON',
    '.kugghjul-sakerhetskopia-2026-11-23T081530123Z.json.abc.tmp',
    'notes.txt'
  ])('does not take %j for a backup name', (name) => {
    expect(parseBackupName(name)).toBeUndefined()
  })
})
