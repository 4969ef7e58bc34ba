import type { AnnualFigures } from './annual-figures'

/**
 * The figures as the `annual-figures` command prints them: a fixed set of
 * keys, the same numbers as the screen and the documents.
 */
export function annualFiguresJson(f: AnnualFigures) {
  const { women, men, nonBinary, unknown, members, nonMembers } = f.participants
  return {
    year: f.year,
    membersAtYearEnd: { ...f.members.atYearEnd },
    newMembers: f.members.new,
    renewedMembers: f.members.renewed,
    endedMembers: f.members.ended,
    dialoguesHeld: f.dialogues.held,
    membersWithDialogue: f.dialogues.membersWithDialogue,
    plansAdopted: f.plansAdopted,
    actionsBySubGoal: { ...f.actions.bySubGoal },
    eventsHeld: f.events.held,
    participants: { women, men, nonBinary, unknown, members, nonMembers },
    certificatesIssued: f.certificatesIssued,
    evaluationsCompleted: f.evaluations.completed,
    evaluationsRenewed: f.evaluations.renewed,
    evaluationsEnded: f.evaluations.ended
  }
}
