/** Progress of reading one statistics file, for the import view's progress bar. */
export type ReadStage = 'checking' | 'unpacking' | 'loading' | 'parsing' | 'done'

export interface ReadProgress {
  stage: ReadStage
  /** 0–1 over the whole read. */
  fraction: number
}

export type ProgressListener = (progress: ReadProgress) => void
