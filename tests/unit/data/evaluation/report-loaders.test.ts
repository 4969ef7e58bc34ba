import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { saveCountyProfile } from '@/data/county-profile-repository'
import { insertDemoRegister } from '@/data/demo-data'
import { loadEvaluationReportInput, NO_COUNTY_PROFILE } from '@/data/report-loaders'
import { commitStatisticsImport } from '@/data/statistics/statistics-import-commit'
import { evaluationReport } from '@/domain/evaluation/evaluation-report'
import { generateDemoRegister } from '@/domain/test-data/demo-register'
import { sampleProfile, SAMPLE_TODAY } from '../../../builders/evaluation-report-sample'
import { freshDatabase } from '../fresh-database'
import { importInput } from '../statistics/statistics-import-input'

describe('loadEvaluationReportInput', () => {
  it('gathers a period’s dialogues, actions, attendance, networks and the chosen measures from the register', async () => {
    const db = freshDatabase()
    await expect(loadEvaluationReportInput(db, 'x', [], SAMPLE_TODAY)).rejects.toThrow(NO_COUNTY_PROFILE)
    await saveCountyProfile(db, sampleProfile)
    const { register, work } = generateDemoRegister({
      members: 30,
      countyCode: '08',
      today: SAMPLE_TODAY,
      focusAreaIds: sampleProfile.focusAreas.map((f) => f.id)
    })
    await insertDemoRegister(db, register, work)
    const { dataset } = await commitStatisticsImport(db, await importInput('pxweb_region_kon_ar.xlsx'))
    const action = work.actions.find((a) => register.members.find((m) => m.id === a.memberId)?.municipalityCode)!
    const input = await loadEvaluationReportInput(
      db,
      action.periodId,
      [{ datasetId: dataset.id, measure: dataset.measures[0]! }],
      SAMPLE_TODAY
    )
    const report = evaluationReport(input)
    expect(report.actionCounts.total).toBe(work.actions.filter((a) => a.periodId === action.periodId).length)
    expect(report.dialogues).toHaveLength(work.dialogues.filter((d) => d.periodId === action.periodId).length)
    expect(report.measures).toHaveLength(1)
    expect(report.measures[0]!.measure).toBe(dataset.measures[0])
    expect(report.assessment).toBeNull()
  })
})
