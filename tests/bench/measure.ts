/** Timing helpers for `npm run bench`: repeated samples, medians, ratios against a baseline from the same run. */
import { performance } from 'node:perf_hooks'

export interface ScenarioResult {
  name: string
  unit: string
  median: number
  min: number
  max: number
  runs: number
  baseline?: { name: string; median: number }
  ratio?: number
  target?: string
  /** Whether the figure meets the target, when there is one. */
  meetsTarget?: boolean
  note?: string
}

export interface BenchContext {
  /** Tiny sizes and one run each: `npm test` uses it so the benchmark cannot rot. */
  smoke: boolean
  /** Where documents the scenarios produce are kept. */
  outDir: string | null
}

export interface Scenario {
  name: string
  run(context: BenchContext): Promise<ScenarioResult[]>
}

export function summarise(samples: readonly number[]): { median: number; min: number; max: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length }
}

/** Milliseconds per call of `fn`, `runs` times, after one warm-up call. */
export async function sampleMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return samples
}

export function result(
  name: string,
  unit: string,
  samples: readonly number[],
  extra: Partial<Omit<ScenarioResult, 'name' | 'unit'>> & { targetMax?: number } = {}
): ScenarioResult {
  const { targetMax, ...rest } = extra
  const summary = summarise(samples)
  const withRatio = rest.baseline ? { ratio: summary.median / rest.baseline.median } : {}
  const meets = targetMax !== undefined ? { meetsTarget: summary.median <= targetMax } : {}
  return { name, unit, ...summary, ...withRatio, ...meets, ...rest }
}
