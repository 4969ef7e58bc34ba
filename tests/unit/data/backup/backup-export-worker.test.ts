import 'fake-indexeddb/auto'
import { describe, expect, it, vi } from 'vitest'
import { exportBackup } from '@/data/backup/backup-export'
import { defaultBackupWorkerFactory, exportBackupInWorker } from '@/data/backup/backup-export-client'
import {
  BACKUP_EXPORT_FAILED,
  type BackupExportReply,
  type BackupExportRequest
} from '@/data/backup/backup-export-messages'
import { InProcessWorker } from '../../in-process-worker'
import { freshDatabase } from '../fresh-database'
import { fileObject, fillRegister } from './sample-register'

const options = { appVersion: '0.1.0', createdAt: '2026-11-23T08:15:00.000Z' }

/** The real worker module, run in this thread (see in-process-worker.ts). */
function backupWorker(): InProcessWorker<BackupExportRequest, BackupExportReply> {
  return new InProcessWorker(() => import('@/data/backup/backup-export.worker'))
}

describe('the backup export off the main thread', () => {
  it('makes, in the worker, the same file exportBackup makes, reading the database by its name, and transfers the bytes', async () => {
    const db = freshDatabase()
    await fillRegister(db, 12)
    const worker = await backupWorker().start()

    const viaWorker = await exportBackupInWorker(db, options, () => worker as unknown as Worker)
    const inThread = await exportBackup(db, options)
    expect(viaWorker.bytes).toEqual(inThread.bytes)
    expect(viaWorker.header).toEqual(inThread.header)
    expect(viaWorker.suggestedName).toBe(inThread.suggestedName)
    expect(fileObject(viaWorker.bytes).tables['members']).toHaveLength(12)

    expect(worker.posted).toEqual([{ type: 'export', databaseName: db.name, ...options }])
    const [transferred] = worker.answerTransfers[0]!
    expect(transferred).toBeInstanceOf(ArrayBuffer)
    expect((transferred as ArrayBuffer).byteLength).toBe(0) // detached on the worker's side: moved, not copied
    expect(worker.terminated).toBe(true)
  })

  it('sees what the window wrote just before', async () => {
    const db = freshDatabase()
    await fillRegister(db, 3)
    const [one, two] = [await backupWorker().start(), await backupWorker().start()]
    const first = await exportBackupInWorker(db, options, () => one as unknown as Worker)
    expect(first.header.counts['members']).toBe(3)
    await db.members.limit(1).delete()
    const second = await exportBackupInWorker(db, options, () => two as unknown as Worker)
    expect(second.header.counts['members']).toBe(2)
  })

  it('rejects with a Swedish message when the export fails in the worker', async () => {
    // A database whose settings table has another primary key: the worker's connection cannot upgrade it.
    const db = freshDatabase(undefined, [{ version: 1, stores: { settings: '++id' } }])
    await db.open()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const worker = await backupWorker().start()
    await expect(exportBackupInWorker(db, options, () => worker as unknown as Worker)).rejects.toThrow(
      BACKUP_EXPORT_FAILED
    )
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ name: 'OpenFailedError' }))
    expect(worker.terminated).toBe(true)
    logged.mockRestore()
  })

  it('runs in this thread where there are no workers, or when the worker cannot start', async () => {
    const db = freshDatabase()
    await fillRegister(db, 4)
    const expected = (await exportBackup(db, options)).bytes

    expect(defaultBackupWorkerFactory).toBeNull() // Node
    expect((await exportBackupInWorker(db, options)).bytes).toEqual(expected)

    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const noWorker = () => {
      throw new DOMException('Workers are not allowed here', 'SecurityError')
    }
    expect((await exportBackupInWorker(db, options, noWorker)).bytes).toEqual(expected)

    const broken = backupWorker() // never started: its module "did not load"
    const exporting = exportBackupInWorker(db, options, () => broken as unknown as Worker)
    broken.failToLoad()
    expect((await exporting).bytes).toEqual(expected)
    expect(broken.terminated).toBe(true)
    expect(warned).toHaveBeenCalledTimes(2)
    warned.mockRestore()
  })
})
