/**
 * Whom the signed-in user is acting for: undefined = themselves; otherwise a person they are bound to
 * (代他人核定). Holds only the opaque `personRef` and the masked name — never an ID number — and is not
 * persisted: switching person is always an explicit step.
 */
import { create } from 'zustand'

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
