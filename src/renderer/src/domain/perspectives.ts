/**
 * Perspectives a county's strategy may add beside equality (Hallands län:
 * human rights and non-discrimination). The profile turns them on; dialogues
 * and actions can then be tagged with them. Off, nothing about them shows.
 */
export const perspectives = ['humanRights', 'discriminationGrounds', 'agenda2030'] as const
export type Perspective = (typeof perspectives)[number]

export const perspectiveLabels: Record<Perspective, string> = {
  humanRights: 'Mänskliga rättigheter',
  discriminationGrounds: 'Diskrimineringsgrunderna',
  agenda2030: 'Agenda 2030'
}

/** The known tags of a form or a stored record, each once, in the fixed order. */
export function normalisePerspectives(tags: readonly string[] | undefined): Perspective[] {
  return perspectives.filter((p) => (tags ?? []).includes(p))
}

/** The tags a record can show: those the profile has on, in the fixed order. */
export function perspectivesShown(
  tags: readonly Perspective[] | undefined,
  enabled: readonly Perspective[]
): Perspective[] {
  return perspectives.filter((p) => enabled.includes(p) && (tags ?? []).includes(p))
}
