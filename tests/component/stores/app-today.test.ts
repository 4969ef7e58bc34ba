import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAppStore } from '@/stores/app'
import { millisecondsUntilNextDay } from '@/stores/follow-today'

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe("the app's today", () => {
  it('rolls over just after midnight without anything else happening', () => {
    vi.setSystemTime(new Date(2026, 2, 14, 23, 59, 30))
    const app = useAppStore()
    const stop = app.followDate(window)
    expect(app.today).toBe('2026-03-14')
    vi.advanceTimersByTime(29_000)
    expect(app.today).toBe('2026-03-14')
    vi.advanceTimersByTime(2_000)
    expect(app.today).toBe('2026-03-15')
    vi.advanceTimersByTime(24 * 3600_000)
    expect(app.today).toBe('2026-03-16')
    stop()
  })

  it('is read again when the window gets focus or becomes visible, and no longer once stopped', () => {
    vi.setSystemTime(new Date(2026, 10, 23, 10, 0))
    const app = useAppStore()
    const stop = app.followDate(window)
    vi.setSystemTime(new Date(2026, 10, 25, 8, 0)) // the laptop slept; no timer ran
    document.dispatchEvent(new Event('visibilitychange'))
    expect(app.today).toBe('2026-11-25')
    vi.setSystemTime(new Date(2026, 10, 27, 8, 0))
    window.dispatchEvent(new Event('focus'))
    expect(app.today).toBe('2026-11-27')
    stop()
    vi.setSystemTime(new Date(2026, 10, 29, 8, 0))
    window.dispatchEvent(new Event('focus'))
    expect(app.today).toBe('2026-11-27')
  })

  it('waits until a second past local midnight', () => {
    expect(millisecondsUntilNextDay(new Date(2026, 2, 14, 23, 59, 0))).toBe(61_000)
    expect(millisecondsUntilNextDay(new Date(2026, 2, 15, 0, 0, 0))).toBe(24 * 3600_000 + 1000)
  })
})
