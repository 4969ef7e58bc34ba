import { compactErrors, hasErrors, lengthProblem } from '../draft-checks'

/** A group of members (nätverk) the county convenes; events can belong to one. */
export interface Network {
  id: string
  name: string
  description: string
  memberIds: string[]
  /** Who to contact about the network, free text (name, e-mail). */
  contact: string
}

export type NetworkDraft = Omit<Network, 'id'>
export type NetworkErrors = Partial<Record<keyof NetworkDraft, string>>

export function emptyNetworkDraft(): NetworkDraft {
  return { name: '', description: '', memberIds: [], contact: '' }
}

export function networkToDraft(network: Network): NetworkDraft {
  return {
    name: network.name,
    description: network.description,
    memberIds: [...network.memberIds],
    contact: network.contact
  }
}

/**
 * Checks a network form. Names are unique regardless of case, and members
 * must exist: both are the repository's checks, since they need the register.
 */
export function validateNetworkDraft(
  draft: NetworkDraft
): { ok: true; fields: NetworkDraft } | { ok: false; errors: NetworkErrors } {
  const name = draft.name.trim().replace(/\s+/g, ' ')
  const description = draft.description.trim()
  const contact = draft.contact.trim()
  const errors = compactErrors<keyof NetworkDraft>({
    name:
      name === '' ? 'Ange nätverkets namn, t.ex. "Nätverket för jämställd hälsa".' : lengthProblem(name, 200, 'namnet'),
    description: lengthProblem(description, 10_000, 'beskrivningen'),
    contact: lengthProblem(contact, 500, 'kontaktuppgiften')
  })
  return hasErrors(errors)
    ? { ok: false, errors }
    : { ok: true, fields: { name, description, contact, memberIds: [...new Set(draft.memberIds)] } }
}
