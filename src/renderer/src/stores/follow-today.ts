/**
 * Keeps the app's "today" true on a laptop that stays open: the date is read
 * again when the window gets focus or becomes visible (after sleep timers may
 * not have run) and just after every local midnight.
 */
export function followToday(target: Window, refresh: () => void): () => void {
  let timer: number | undefined
  const armMidnight = (): void => {
    target.clearTimeout(timer)
    timer = target.setTimeout(() => {
      refresh()
      armMidnight()
    }, millisecondsUntilNextDay(new Date()))
  }
  const onVisible = (): void => {
    if (target.document.visibilityState === 'visible') onFocus()
  }
  const onFocus = (): void => {
    refresh()
    armMidnight()
  }
  target.addEventListener('focus', onFocus)
  target.document.addEventListener('visibilitychange', onVisible)
  armMidnight()
  return () => {
    target.clearTimeout(timer)
    target.removeEventListener('focus', onFocus)
    target.document.removeEventListener('visibilitychange', onVisible)
  }
}

/** Time until the next local midnight, plus a second so the timer never fires just before it. */
export function millisecondsUntilNextDay(now: Date): number {
  const midnight = new Date(now)
  midnight.setHours(24, 0, 0, 0)
  return midnight.getTime() - now.getTime() + 1000
}
