import { describe, expect, it } from 'vitest'
import {
  attendedStatusRefusal,
  invitationChanges,
  invitationChangeSummary,
  invitationStatusOf,
  invitedMemberIds
} from '@/domain/calendar/invitations'

const networks: Record<string, string[]> = { n1: ['a', 'b'], n2: ['b', 'c'], own: ['d'] }
const membersOf = (id: string) => networks[id] ?? []

describe('who is invited to an event', () => {
  it('joins members invited directly, through invited networks and through the event’s own network, once each', () => {
    const ids = invitedMemberIds(
      { invitedMemberIds: ['a', 'e'], invitedNetworkIds: ['n1', 'n2'], networkId: 'own' },
      membersOf
    )
    expect([...ids].sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('ignores a network that no longer exists', () => {
    const ids = invitedMemberIds({ invitedMemberIds: [], invitedNetworkIds: ['gone'], networkId: null }, membersOf)
    expect(ids.size).toBe(0)
  })
})

describe('invitation status: inbjuden → anmäld → deltog', () => {
  const registered = new Set(['r', 'ra'])
  const attending = new Set(['ra', 'x'])

  it('is Deltog when the member has attendance, Anmäld when registered, else Inbjuden', () => {
    expect(invitationStatusOf('ra', registered, attending)).toBe('attended')
    expect(invitationStatusOf('x', registered, attending)).toBe('attended')
    expect(invitationStatusOf('r', registered, attending)).toBe('registered')
    expect(invitationStatusOf('i', registered, attending)).toBe('invited')
  })

  it('marks members as anmälda, leaving out those already anmälda and dropping attendance of those who had it', () => {
    expect(invitationChanges(['i', 'r', 'ra'], 'registered', registered, attending)).toEqual([
      { memberId: 'i', registered: true, attended: false },
      { memberId: 'ra', registered: true, attended: false }
    ])
  })

  it('marks members as deltog keeping a registration made before', () => {
    expect(invitationChanges(['i', 'r', 'x'], 'attended', registered, attending)).toEqual([
      { memberId: 'i', registered: false, attended: true },
      { memberId: 'r', registered: true, attended: true }
    ])
  })

  it('goes back to inbjuden by dropping both', () => {
    expect(invitationChanges(['i', 'r', 'ra'], 'invited', registered, attending)).toEqual([
      { memberId: 'r', registered: false, attended: false },
      { memberId: 'ra', registered: false, attended: false }
    ])
  })

  it('refuses Deltog before the event has taken place, with the date', () => {
    expect(attendedStatusRefusal({ date: '2026-12-01' }, '2026-11-23')).toMatch(/äger rum 2026-12-01/)
    expect(attendedStatusRefusal({ date: '2026-11-23' }, '2026-11-23')).toBeUndefined()
  })

  it('says what changed in Swedish', () => {
    expect(invitationChangeSummary(2, 'registered')).toBe('Status Anmäld för 2 verksamheter.')
    expect(invitationChangeSummary(1, 'attended')).toBe('Status Deltog för 1 verksamhet.')
  })
})
