/** Progress of reading one statistics file, for the import view's progress bar. */
/** 'building' is the import's last step after the read: wide series and the preview (statistics-import-job.ts). */
export type ReadStage = 'checking' | 'unpacking' | 'loading' | 'parsing' | 'building' | 'done'

export interface ReadProgress {
  stage: ReadStage
  /** 0–1 over the whole read. */
  fraction: number
}

export type ProgressListener = (progress: ReadProgress) => void
