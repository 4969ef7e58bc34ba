import { freshDatabase } from './fresh-database'
import { describe, expect, it } from 'vitest'
import { loadPreferences, savePreferences } from '@/data/preferences-repository'
import { evaluationWarningDaysProblem } from '@/domain/preferences'

describe('preferences', () => {
  it('defaults to a 90-day evaluation warning, and keeps what is saved', async () => {
    const db = freshDatabase()
    expect(await loadPreferences(db)).toEqual({ evaluationWarningDays: 90 })
    await savePreferences(db, { evaluationWarningDays: 120 })
    expect(await loadPreferences(db)).toEqual({ evaluationWarningDays: 120 })
    const audit = await db.auditLog.toArray()
    expect(audit.map((a) => [a.entityType, a.action])).toEqual([['preferences', 'create']])
  })

  it('accepts 1 to 365 whole days', () => {
    expect(evaluationWarningDaysProblem(90)).toBeNull()
    expect(evaluationWarningDaysProblem(0)).toMatch(/mellan 1 och 365/)
    expect(evaluationWarningDaysProblem(400)).toMatch(/mellan 1 och 365/)
    expect(evaluationWarningDaysProblem(2.5)).toMatch(/mellan 1 och 365/)
  })
})
