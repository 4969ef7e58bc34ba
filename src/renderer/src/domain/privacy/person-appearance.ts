/** One place a person appears in the register. */
export type PersonAppearance =
  | {
      kind: 'contactPerson'
      memberId: string
      memberName: string
      personId: string
      name: string
      role: string
      email: string
      phone: string
    }
  | {
      kind: 'dialogueParticipant'
      memberId: string
      memberName: string
      dialogueId: string
      date: string
      dialogueKind: string
      name: string
      role: string
    }
  | {
      kind: 'actionResponsible'
      memberId: string
      memberName: string
      actionId: string
      actionTitle: string
      responsible: string
    }
  | { kind: 'eventOrganiser'; eventId: string; eventTitle: string; date: string; organiser: string }

/** Where a person appears, in words for the screen and the registerutdrag. */
export function appearanceLabel(a: PersonAppearance): string {
  switch (a.kind) {
    case 'contactPerson':
      return `Kontaktperson hos ${a.memberName}${a.role ? ` (${a.role})` : ''}`
    case 'dialogueParticipant':
      return `Deltagare i dialog ${a.date} med ${a.memberName}${a.role ? ` (${a.role})` : ''}`
    case 'actionResponsible':
      return `Ansvarig för insatsen ”${a.actionTitle}” hos ${a.memberName}`
    case 'eventOrganiser':
      return `Arrangör av ”${a.eventTitle}” ${a.date}`
  }
}
