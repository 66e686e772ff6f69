/**
 * Whom the signed-in user is acting for: undefined = themselves; otherwise a person they are bound to
 * (代他人核定). Holds only the opaque `personRef` and the masked name — never an ID number — and is not
 * persisted: switching person is always an explicit step.
 *
 * The transport reads it (configurePerson): every person-scoped request carries this person's ref, and
 * the query cache keys person-scoped answers by it, so switching person never shows the other's data.
 */
import { create } from 'zustand'
import { configurePerson } from '@/api/client'

export interface ActingFor {
  personRef: string
  nameMasked: string
}

interface ActingForState {
  person?: ActingFor
  actFor: (person: ActingFor) => void
  actForSelf: () => void
}

export const useActingFor = create<ActingForState>()((set) => ({
  actFor: (person) => set({ person }),
  actForSelf: () => set({ person: undefined }),
}))

configurePerson(() => useActingFor.getState().person?.personRef)
