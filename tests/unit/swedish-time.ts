import { afterAll, beforeAll } from 'vitest'

/** Runs the file's tests in Swedish time, as on the coordinators' laptops; Node reads process.env.TZ on each change. */
export function useSwedishTime(): void {
  const machineZone = process.env.TZ
  beforeAll(() => {
    process.env.TZ = 'Europe/Stockholm'
  })
  afterAll(() => {
    if (machineZone === undefined) delete process.env.TZ
    else process.env.TZ = machineZone
  })
}
