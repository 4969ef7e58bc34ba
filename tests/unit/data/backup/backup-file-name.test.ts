import { describe, expect, it } from 'vitest'
import { backupFileName } from '@/data/backup/backup-serializer'
import { useSwedishTime } from '../../swedish-time'

useSwedishTime()

describe('backup file name for a save dialog', () => {
  it('names the file by the Swedish clock: a backup at 23:44 UTC is 00:44 on the next day', () => {
    expect(backupFileName('2026-11-23T23:44:00.000Z')).toBe('kugghjul-sakerhetskopia-2026-11-24-0044.json')
    expect(backupFileName('2026-07-01T06:15:00.000Z')).toBe('kugghjul-sakerhetskopia-2026-07-01-0815.json')
  })
})
