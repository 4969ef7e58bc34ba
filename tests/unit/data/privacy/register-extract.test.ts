import 'fake-indexeddb/auto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { recordAudit } from '@/data/audit-log'
import { exportBackup } from '@/data/backup/backup-export'
import { restoreBackup } from '@/data/backup/backup-restore'
import { saveCountyProfile } from '@/data/county-profile-repository'
import { createMember } from '@/data/member-repository'
import { reanonymisedNotice } from '@/data/privacy/contact-person-anonymisation'
import { anonymisePerson } from '@/data/privacy/person-anonymisation'
import { registerExtract } from '@/data/privacy/person-extract'
import { loadPersons, searchPersons } from '@/data/privacy/person-search'
import { loadPersonalDataRegister } from '@/data/privacy/personal-data-register'
import type { CountyProfile } from '@/domain/county-profile'
import { ANONYMISED_PARTICIPANT, ANONYMISED_RESPONSIBLE } from '@/domain/privacy/person-name'
import { registerExtractJson } from '@/domain/privacy/register-extract'
import { registerExtractPdf } from '@/io/pdf/register-extract-document'
import { decisionOn, freshDatabase, kommunDraft, today } from '../fresh-database'

const profile: CountyProfile = {
  countyCode: '08',
  strategyName: 'Ett jämställt Kalmar län',
  strategyStartYear: 2023,
  strategyEndYear: 2027,
  focusAreas: [{ id: 'fa-economy', name: 'Ekonomisk jämställdhet och jämställd arbetsmarknad' }],
  signatoryName: 'Helene Öberg',
  signatoryTitle: 'Landshövding',
  logo: null,
  strategySymbol: { kind: 'gear' },
  caseOfficer: { name: 'Karin Åberg', title: 'Jämställdhetssamordnare', email: 'karin.aberg@lansstyrelsen.se' },
  focusAreaTerm: { singular: 'fokusområde', plural: 'fokusområden' },
  nationalGoalRequired: true,
  earlierStrategies: [],
  perspectives: []
}
const stamp = '2026-11-01T10:00:00.000Z'
const now = new Date('2026-11-23T10:00:00Z')

async function setup() {
  const db = freshDatabase()
  await saveCountyProfile(db, profile)
  const created = await createMember(db, kommunDraft(), decisionOn('2024-02-01'), today)
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  const member = created.value.member
  const periodId = created.value.period.id
  const base = {
    memberId: member.id,
    periodId,
    status: 'held' as const,
    kind: 'followUp' as const,
    needs: '',
    agreements: '',
    goals: [],
    focusAreaIds: [],
    nextFollowUpOn: null,
    createdAt: stamp,
    updatedAt: stamp
  }
  await db.dialogues.bulkAdd([
    {
      ...base,
      id: 'd1',
      date: '2026-10-01',
      participants: [
        { name: 'Åsa Öberg', role: 'Jämställdhetsstrateg' },
        { name: 'Bo  Ek', role: 'HR-chef' }
      ]
    },
    { ...base, id: 'd2', date: '2026-11-05', participants: [{ name: 'Lena Holm', role: 'Folkhälsa' }] }
  ])
  await db.actionPlans.add({
    id: 'plan',
    memberId: member.id,
    periodId,
    ambitionLevel: 'basic',
    ambition: '',
    status: 'draft',
    establishedOn: null,
    createdAt: stamp,
    updatedAt: stamp
  })
  const action = {
    actionPlanId: 'plan',
    memberId: member.id,
    periodId,
    description: '',
    goals: [2 as const],
    focusAreaIds: [],
    startDate: '2026-01-01',
    dueDate: null,
    status: 'inProgress' as const,
    progressNotes: [],
    statisticsTarget: null,
    createdAt: stamp,
    updatedAt: stamp
  }
  await db.actions.bulkAdd([
    { ...action, id: 'a1', title: 'Lönekartläggning', responsible: 'Bo Ek, HR' },
    { ...action, id: 'a2', title: 'Utbildning för chefer', responsible: 'Lena Holm' }
  ])
  await db.events.add({
    id: 'e1',
    title: 'Nätverksträff i Kalmar',
    kind: 'networkMeeting',
    date: '2026-12-03',
    startTime: null,
    endTime: null,
    location: '',
    link: '',
    description: '',
    focusAreaIds: [],
    goals: [],
    organiser: 'Bo Ek',
    invitedMemberIds: [],
    invitedNetworkIds: [],
    networkId: null,
    createdAt: stamp,
    updatedAt: stamp
  })
  await recordAudit(db, {
    entityType: 'dialogue',
    entityId: member.id,
    action: 'update',
    summary: 'Bo Ek lade till behov i dialogen.'
  })
  return { db, member }
}

describe('person search (GDPR)', () => {
  it('finds a person by name or e-mail and says every place they appear', async () => {
    const { db } = await setup()
    const persons = await loadPersons(db)
    expect(persons.map((p) => p.name)).toEqual(
      ['Åsa Öberg', 'Bo Ek', 'Lena Holm'].sort((a, b) => a.localeCompare(b, 'sv'))
    )
    const bo = searchPersons(persons, 'bo ek')
    expect(bo).toHaveLength(1)
    expect(bo[0]!.appearances.map((a) => a.kind)).toEqual([
      'dialogueParticipant',
      'actionResponsible',
      'eventOrganiser'
    ])
    expect(searchPersons(persons, 'ASA.OBERG@kalmar').map((p) => p.name)).toEqual(['Åsa Öberg'])
    expect(searchPersons(persons, 'Åsa')[0]!.appearances.map((a) => a.kind)).toEqual([
      'contactPerson',
      'dialogueParticipant'
    ])
    expect(searchPersons(persons, 'Nobody')).toEqual([])
  })

  it('registers responsibles, organisers and the log with purpose, legal basis and retention', async () => {
    const { db } = await setup()
    const register = await loadPersonalDataRegister(db)
    expect(register.categories.map((c) => [c.table, c.persons])).toEqual([
      ['members', 1],
      ['dialogues', 3],
      ['actions', 2],
      ['events', 1],
      ['auditLog', null]
    ])
    for (const c of register.categories) {
      expect(c.legalBasis, c.label).toMatch(/artikel 6\.1 e/)
      expect(c.retention, c.label).not.toBe('')
    }
  })
})

describe('registerutdrag (GDPR art. 15)', () => {
  it('lists every appearance with what is stored, why, on which basis, for how long, the log and whom to contact', async () => {
    const { db } = await setup()
    const result = await registerExtract(db, 'bo ek', now, today)
    if (!result.ok) throw new Error(result.message)
    const x = result.extract
    expect(x.appearances.map((a) => a.where)).toEqual([
      'Deltagare i dialog 2026-10-01 med Kalmar kommun (HR-chef)',
      'Ansvarig för insatsen ”Lönekartläggning” hos Kalmar kommun',
      'Arrangör av ”Nätverksträff i Kalmar” 2026-12-03'
    ])
    expect(x.appearances[0]!.stored).toEqual([
      ['Namn', 'Bo  Ek'],
      ['Roll', 'HR-chef'],
      ['Dialog', 'Uppföljning, 2026-10-01'],
      ['Verksamhet', 'Kalmar kommun']
    ])
    expect(x.purposes.map((p) => p.kind)).toEqual([
      'dialogueParticipant',
      'actionResponsible',
      'eventOrganiser',
      'auditLog'
    ])
    expect(x.purposes[0]).toMatchObject({
      purpose: expect.stringContaining('uppföljning och utvärdering'),
      legalBasis: expect.stringContaining('2017:868'),
      retention: expect.stringContaining('anonymiseras')
    })
    expect(x.logEntries.map((e) => e.summary)).toEqual(['Bo Ek lade till behov i dialogen.'])
    expect(x.controller).toEqual({
      authority: 'Länsstyrelsen i Kalmar län',
      countyName: 'Kalmar län',
      caseOfficer: profile.caseOfficer,
      placeAndDate: 'Kalmar den 23 november 2026'
    })

    const contact = await registerExtract(db, 'åsa öberg', now, today)
    expect(contact.ok && contact.extract.appearances[0]!.stored).toEqual([
      ['Namn', 'Åsa Öberg'],
      ['Roll', 'Jämställdhetsstrateg'],
      ['E-post', 'asa.oberg@kalmar.se'],
      ['Telefon', '0480-450 00 00'],
      ['Verksamhet', 'Kalmar kommun']
    ])
    expect(contact.ok && contact.extract.purposes[0]!.retention).toMatch(/efter 2 år/)
    const json = JSON.parse(registerExtractJson(x))
    expect(json.person.name).toBe('Bo Ek')
    expect(json.identity).toBeUndefined()
    expect(await registerExtract(db, 'ingen alls', now, today)).toEqual({
      ok: false,
      message: expect.stringMatching(/finns inte längre/)
    })
  })

  it('without a county profile says what is missing and where to fill it in, not that the person is gone', async () => {
    const { db } = await setup()
    await db.settings.delete('countyProfile')
    const result = await registerExtract(db, 'bo ek', now, today)
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/utan länsprofilen.*under Inställningar/) })

    await saveCountyProfile(db, profile)
    const gone = await registerExtract(db, 'ingen sådan', now, today)
    expect(gone).toEqual({ ok: false, message: expect.stringMatching(/finns inte längre i registret/) })
  })

  it('is a Swedish PDF in the county identity, in reading order, with no app name in text or metadata', async () => {
    const { db } = await setup()
    const result = await registerExtract(db, 'bo ek', now, today)
    if (!result.ok) throw new Error(result.message)
    const file = join(
      process.env.KUGGHJUL_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'kugghjul-registerutdrag-')),
      'registerutdrag-bo-ek.pdf'
    )
    writeFileSync(file, await registerExtractPdf(result.extract))
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    const order = [
      'Registerutdrag',
      'Uppgifter om Bo Ek enligt artikel 15',
      'Kalmar den 23 november 2026',
      '2 Var uppgifterna finns',
      'Deltagare i dialog 2026-10-01 med Kalmar kommun',
      'Ansvarig för insatsen ”Lönekartläggning”',
      '3 Varför',
      'Rättslig grund',
      'Hur länge',
      '4 Historik',
      'Bo Ek lade till behov',
      '5 Dina rättigheter',
      'Integritetsskyddsmyndigheten',
      'Handläggare: Karin Åberg, Jämställdhetssamordnare, karin.aberg@lansstyrelsen.se'
    ]
    let at = -1
    for (const expected of order) {
      const found = text.indexOf(expected, at + 1)
      expect(found, expected).toBeGreaterThan(at)
      at = found
    }
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Author:\s+Länsstyrelsen i Kalmar län/)
    expect(info).toMatch(/Title:\s+Registerutdrag för Bo Ek/)
    expect(`${text}${info}`).not.toMatch(/kugghjul/i)
  })
})

describe('anonymising a participant or responsible (GDPR)', () => {
  it('removes the name everywhere but the organiser, keeps roles, and survives restoring an older backup', async () => {
    const { db } = await setup()
    const older = await exportBackup(db, { appVersion: '0.1.0' })
    const result = await anonymisePerson(db, 'bo ek')
    expect(result).toEqual({ ok: true, anonymised: 2, organiserOf: ['Nätverksträff i Kalmar 2026-12-03'] })
    const check = async () => {
      expect((await db.dialogues.get('d1'))!.participants).toEqual([
        { name: 'Åsa Öberg', role: 'Jämställdhetsstrateg' },
        { name: ANONYMISED_PARTICIPANT, role: 'HR-chef' }
      ])
      expect((await db.actions.get('a1'))!.responsible).toBe(ANONYMISED_RESPONSIBLE)
      expect((await db.actions.get('a2'))!.responsible).toBe('Lena Holm')
      const log = JSON.stringify(await db.auditLog.toArray())
      expect(log).not.toMatch(/Bo Ek/)
    }
    await check()
    expect(JSON.stringify(await db.anonymisedContactPersons.toArray())).not.toMatch(/Bo/)
    expect((await loadPersons(db)).find((p) => p.key === 'bo ek')!.appearances.map((a) => a.kind)).toEqual([
      'eventOrganiser'
    ])

    const restored = await restoreBackup(db, older.bytes, { appVersion: '0.1.0' })
    if (!restored.ok) throw new Error(restored.problem.message)
    expect(restored.reanonymised).toBe(2)
    expect(reanonymisedNotice(2)).toBe('2 anonymiserade personer anonymiserades igen.')
    await check()
    expect((await db.auditLog.toArray()).map((e) => e.summary)).toContain(
      'En deltagare (HR-chef) i dialogen 2026-10-01 anonymiserades igen efter återställningen av en säkerhetskopia: namnet togs bort.'
    )
  })
})
