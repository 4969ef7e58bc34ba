import { afterEach, describe, expect, it, vi } from 'vitest'
import { AUTOMATIC_BACKUP_INTERVAL_MS, startAutomaticBackups } from '@/data/backup/automatic-backup-schedule'

afterEach(() => void vi.useRealTimers())

describe('automatic backup schedule', () => {
  it('backs up at start and then daily, never two at once, and goes on after a failure', async () => {
    vi.useFakeTimers()
    const errors: unknown[] = []
    let calls = 0
    let finish: () => void = () => undefined
    const stop = startAutomaticBackups({
      takeBackup: () => {
        calls++
        if (calls === 2) return Promise.reject(new Error('disken är full'))
        return new Promise<void>((resolve) => (finish = resolve))
      },
      onError: (error) => void errors.push(error),
      setInterval: (run, ms) => setInterval(run, ms),
      clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>)
    })
    expect(calls).toBe(1)
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS)
    expect(calls).toBe(1) // the first is still running
    finish()
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS)
    expect(calls).toBe(2)
    expect(errors).toEqual([new Error('disken är full')])
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS)
    expect(calls).toBe(3)
    stop()
    finish()
    await vi.advanceTimersByTimeAsync(3 * AUTOMATIC_BACKUP_INTERVAL_MS)
    expect(calls).toBe(3)
  })
})
