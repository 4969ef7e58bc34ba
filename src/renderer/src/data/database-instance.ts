import { KugghjulDatabase } from './database'

let instance: KugghjulDatabase | null = null

/** The app's one database connection, opened on first use. */
export function useDatabase(): KugghjulDatabase {
  instance ??= new KugghjulDatabase()
  return instance
}

/** Lets component tests run against a database of their own. */
export function setDatabase(db: KugghjulDatabase): void {
  instance = db
}
