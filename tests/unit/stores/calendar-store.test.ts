import 'fake-indexeddb/auto' // before Dexie loads
import { describe, expect, it, vi } from 'vitest'
import { useCalendarStore } from '@/stores/calendar'
import { useMembersStore } from '@/stores/members'
import { useUndoStore } from '@/stores/undo'
import { eventDraft, kalmarWithMember } from '../data/member-work-fixtures'
import { storeTestSetup } from './store-setup'

const { db } = storeTestSetup()

const counts = (women: number, men: number) => ({ women, men, nonBinary: 0, unknown: 0 })

/** Kalmar kommun in the register and a network meeting it attended on 2026-10-15, loaded in the store. */
async function meetingWithKalmar() {
  const { member } = await kalmarWithMember(db())
  await useMembersStore().load()
  const store = useCalendarStore()
  await store.load()
  const created = await store.create(eventDraft())
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  const attended = await store.recordAttendance(created.value.id, member.id, counts(7, 3))
  if (!attended.ok) throw new Error(JSON.stringify(attended.errors))
  return { store, eventId: created.value.id, memberId: member.id }
}

const titles = (store: ReturnType<typeof useCalendarStore>) => store.yearEvents.map((e) => `${e.date} ${e.title}`)

describe('calendar store', () => {
  it("shows a saved event in its year, with the year's attendance, and lists the years that have events", async () => {
    const { store } = await meetingWithKalmar()
    await store.create(eventDraft({ date: '2027-02-01', title: 'Länsträff' }))
    expect(store.year).toBe(2026)
    expect(titles(store)).toEqual(['2026-10-15 Nätverksträff: jämställd hälsa'])
    expect(store.yearAttendance.map((a) => a.women + a.men)).toEqual([10])
    expect(store.years).toEqual([2026, 2027])

    await store.chooseYear(2027)
    expect(titles(store)).toEqual(['2027-02-01 Länsträff'])
    expect(store.yearAttendance).toEqual([])
  })

  it('refuses attendance for an event not yet held, in Swedish, and records nothing', async () => {
    const { store, memberId } = await meetingWithKalmar()
    const later = await store.create(eventDraft({ date: '2026-12-10', title: 'Julträff' }))
    if (!later.ok) throw new Error(JSON.stringify(later.errors))
    const result = await store.recordAttendance(later.value.id, memberId, counts(2, 2))
    expect(result).toEqual({
      ok: false,
      errors: { event: 'Aktiviteten äger rum 2026-12-10. Registrera deltagandet när den har ägt rum.' }
    })
    expect(await store.attendanceOf(later.value.id)).toEqual([])
  })

  it('a deleted event leaves the årshjul with its attendance, and Ångra brings both back', async () => {
    const { store, eventId } = await meetingWithKalmar()
    await store.remove(eventId)
    expect(titles(store)).toEqual([])
    expect(store.yearAttendance).toEqual([])
    const undo = useUndoStore()
    expect(undo.current?.message).toBe('Aktiviteten "Nätverksträff: jämställd hälsa" togs bort.')

    await undo.undo()
    expect(undo.error).toBe('')
    expect(titles(store)).toEqual(['2026-10-15 Nätverksträff: jämställd hälsa'])
    expect(store.yearAttendance.map((a) => [a.eventId, a.women, a.men])).toEqual([[eventId, 7, 3]])
  })

  it("a member's removed attendance comes back with Ångra, and the screen is told both times", async () => {
    const { store, eventId, memberId } = await meetingWithKalmar()
    const shown: number[] = []
    const after = async () => void shown.push((await store.attendanceOf(eventId)).length)
    await store.removeMemberAttendance(eventId, memberId, 'Kalmar kommun', after)
    expect(await store.attendanceOf(eventId)).toEqual([])
    expect(useUndoStore().current?.message).toBe('Deltagandet för Kalmar kommun togs bort.')
    await useUndoStore().undo()
    expect((await store.attendanceOf(eventId)).map((a) => [a.women, a.men])).toEqual([[7, 3]])
    expect(shown).toEqual([0, 1])
  })

  it('participants from outside the members count apart in the participation report, and their removed row comes back with Ångra', async () => {
    const { store, eventId } = await meetingWithKalmar()
    const added = await store.addNonMembers(eventId, { ...counts(4, 1), organisation: 'Region Kalmar län' })
    if (!added.ok) throw new Error(JSON.stringify(added.errors))
    let report = await store.participation('2026-01-01', '2026-12-31')
    expect([report.bySex.total, report.nonMembers.total, report.everyone.total]).toEqual([10, 5, 15])

    await store.removeNonMembers(added.value.id, async () => undefined)
    expect(await store.nonMembersOf(eventId)).toEqual([])
    expect((await store.participation('2026-01-01', '2026-12-31')).everyone.total).toBe(10)
    await useUndoStore().undo()
    expect((await store.nonMembersOf(eventId)).map((r) => r.organisation)).toEqual(['Region Kalmar län'])
    report = await store.participation('2026-01-01', '2026-12-31')
    expect(report.everyone.total).toBe(15)
  })

  it('marks invited members anmälda and deltog, offers Ångra for the bulk change, and refuses deltog before the event', async () => {
    const { store, eventId, memberId } = await meetingWithKalmar()
    const nybro = (await kalmarWithMember(db(), '212000-0761', 'Nybro kommun')).member
    const shown: string[] = []
    const after = async () => void shown.push((await store.registrationsOf(eventId)).map((r) => r.memberId).join())

    expect(await store.changeInvitationStatus(eventId, [memberId, nybro.id], 'registered', after)).toBeUndefined()
    // Kalmar had attendance: anmäld means it did not take part after all.
    expect(await store.attendanceOf(eventId)).toEqual([])
    expect(useUndoStore().current?.message).toBe('Status Anmäld för 2 verksamheter.')
    await useUndoStore().undo()
    expect(await store.registrationsOf(eventId)).toEqual([])
    expect((await store.attendanceOf(eventId)).map((a) => [a.memberId, a.women, a.men])).toEqual([[memberId, 7, 3]])
    expect(shown).toHaveLength(2)

    await store.changeInvitationStatus(eventId, [nybro.id], 'attended', after)
    expect(store.yearAttendance.map((a) => [a.memberId, a.unknown])).toContainEqual([nybro.id, 1])

    const later = await store.create(eventDraft({ date: '2026-12-10', title: 'Julträff' }))
    if (!later.ok) throw new Error(JSON.stringify(later.errors))
    const refusal = await store.changeInvitationStatus(later.value.id, [memberId], 'attended', after)
    expect(refusal).toMatch(/^Aktiviteten äger rum 2026-12-10\./)
    expect(useUndoStore().current?.message).toBe('Status Deltog för 1 verksamhet.')
  })

  it("reads the chosen year's non-members for the .xlsx, and only that year's", async () => {
    const { store, eventId } = await meetingWithKalmar()
    await store.addNonMembers(eventId, { ...counts(2, 2), organisation: '' })
    expect((await store.yearNonMembers()).map((r) => r.women + r.men)).toEqual([4])
    await store.chooseYear(2027)
    expect(await store.yearNonMembers()).toEqual([])
  })

  it('an edit the storage refuses keeps the event as it was and says so in Swedish', async () => {
    const { store, eventId } = await meetingWithKalmar()
    vi.spyOn(db().auditLog, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    )
    await expect(store.update(eventId, eventDraft({ title: 'Nytt namn' }))).rejects.toThrow(
      /lagringsutrymmet är fullt.*finns kvar/
    )
    vi.restoreAllMocks()
    await store.load()
    expect(titles(store)).toEqual(['2026-10-15 Nätverksträff: jämställd hälsa'])
  })
})
