import 'fake-indexeddb/auto' // before Dexie loads
import { describe, expect, it } from 'vitest'
import { useCertificatesStore } from '@/stores/certificates'
import { useCountyProfileStore } from '@/stores/county-profile'
import { useMembersStore } from '@/stores/members'
import { registerWithThreeMembers } from '../data/certificates/certificate-register'
import { electronStoreSetup, storeTestSetup } from './store-setup'

const { db } = storeTestSetup()
const harness = electronStoreSetup({ workers: true })

/** Three members of Kalmar län with period 1 each, loaded in the stores. */
async function threeMembers() {
  const periods = await registerWithThreeMembers(db())
  await Promise.all([useMembersStore().load(), useCountyProfileStore().load()])
  const store = useCertificatesStore()
  await store.load()
  return { store, periods }
}

describe('certificates store', () => {
  it('lists every active period as awaiting a certificate until one is issued', async () => {
    const { store, periods } = await threeMembers()
    expect([...store.awaiting].sort()).toEqual(periods.map((p) => p.id).sort())
    expect(store.certificates).toEqual([])
  })

  it('asks before issuing, with the numbers that will be taken, and says how many are reprints', async () => {
    const { store, periods } = await threeMembers()
    expect(await store.confirmation([periods[0]!.id, periods[1]!.id])).toEqual({
      title: 'Utfärda 2 intyg?',
      body: 'Numren H-2026-001\u2013H-2026-002 tas i bruk.',
      confirmLabel: 'Utfärda 2 intyg'
    })
  })

  it('issues and saves one PDF, lists the certificate, ticks the welcome package, and a reprint takes no new number', async () => {
    const { store, periods } = await threeMembers()
    const message = await store.issueAndSave([periods[0]!.id], 'Kalmar kommun')
    const name = 'Intyg Kalmar kommun 2026-11-23.pdf'
    expect(message).toBe(`Intyget sparades i ${harness().folder}/Dokument/${name}.`)
    expect(new TextDecoder().decode((await harness().saved(name)).slice(0, 5))).toBe('%PDF-')
    expect(store.certificates.map((c) => c.number)).toEqual(['H-2026-001'])
    expect(store.awaiting).not.toContain(periods[0]!.id)
    expect(useMembersStore().rowsById.get(periods[0]!.memberId)?.latestPeriod?.welcomePackage.certificateIssuedOn).toBe(
      '2026-11-23'
    )
    expect(store.progress).toBeNull()

    expect((await store.confirmation(periods.map((p) => p.id))).body).toBe(
      'Numren H-2026-002\u2013H-2026-003 tas i bruk. 1 intyg som redan finns skrivs ut igen med sitt nummer.'
    )
    const batch = await store.issueAndSave(
      periods.map((p) => p.id),
      'alla'
    )
    expect(batch).toMatch(/^3 intyg \(2 nya, 1 utskrivna igen\) sparades i /)
    expect(store.certificates.map((c) => c.number).sort()).toEqual(['H-2026-001', 'H-2026-002', 'H-2026-003'])
  })

  it('refuses to issue for an ended period, in Swedish, and issues nothing', async () => {
    const { store, periods } = await threeMembers()
    const ended = await useMembersStore().end(periods[2]!.memberId, { endedOn: '2026-11-01', reason: 'Lämnade.' })
    if (!ended.ok) throw new Error(JSON.stringify(ended.errors))
    await expect(store.confirmation([periods[2]!.id])).rejects.toThrow(/Borgholms kommun/)
    await expect(store.issueAndSave([periods[2]!.id], 'Borgholm')).rejects.toThrow(/Borgholms kommun/)
    await store.load()
    expect(store.certificates).toEqual([])
    expect(await harness().savedNames()).toEqual([])
  })

  it('verifies an issued certificate by its number, and says in Swedish when a number was never issued', async () => {
    const { store, periods } = await threeMembers()
    await store.issueAndSave([periods[0]!.id], 'Kalmar kommun')
    const found = await store.verify('H-2026-001')
    expect(found).toMatchObject({ ok: true, verification: { outcome: 'found', genuine: true, periodActive: true } })
    const missing = await store.verify('H-2026-999')
    expect(missing).toMatchObject({
      ok: true,
      verification: {
        outcome: 'notFound',
        message: expect.stringMatching(/^Inget intyg med numret H-2026-999 finns i registret/)
      }
    })
  })
})
