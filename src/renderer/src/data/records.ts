/** Shapes of the rows stored in IndexedDB. Every row has createdAt and updatedAt (ISO timestamps). */

export interface Timestamps {
  createdAt: string
  updatedAt: string
}

export interface SettingRecord<T = unknown> extends Timestamps {
  key: string
  value: T
}

export type AuditAction = 'create' | 'update' | 'archive' | 'restore' | 'delete' | 'import' | 'issue'

export interface AuditEntry {
  id: string
  at: string
  entityType: string
  entityId: string
  action: AuditAction
  summary: string
}
