/**
 * 更正联系方式 (隐私政策「查询、更正」) as one reducer: the registered mobile and contact address, checked by the
 * engine's rules (src/domain/registration-form.ts checkContactChange) before sending; the server checks again.
 */
import type { ContactBody, RegistrationStatus } from '@/api/schema'
import { checkContactChange, type FormProblem } from '@/domain/registration-form'

export type MobileChoice = 'keep' | 'login' | 'other'

export interface ContactState {
  open: boolean
  mobileChoice: MobileChoice
  mobile: string
  address: string
  /** after a first 保存: the problems are recomputed on every change */
  attempted: boolean
  saved: boolean
}

export function initialContact(registration: RegistrationStatus, open: boolean): ContactState {
  return { open, mobileChoice: 'keep', mobile: '', address: registration.address ?? '', attempted: false, saved: false }
}

export type ContactAction =
  | { type: 'open'; open: boolean }
  | { type: 'edit'; patch: Partial<Pick<ContactState, 'mobileChoice' | 'mobile' | 'address'>> }
  | { type: 'attempt' }
  | { type: 'saved'; registration: RegistrationStatus }

export function contactReducer(s: ContactState, a: ContactAction): ContactState {
  switch (a.type) {
    case 'open':
      return { ...s, open: a.open }
    case 'edit':
      return { ...s, ...a.patch }
    case 'attempt':
      return { ...s, attempted: true, saved: false }
    case 'saved':
      return {
        ...s,
        saved: true,
        attempted: false,
        mobile: '',
        mobileChoice: 'keep',
        address: a.registration.address ?? '',
      }
  }
}

/** What is sent: only what changes (an unchanged address is not sent). */
export function contactBody(s: ContactState, registration: RegistrationStatus): Omit<ContactBody, 'personRef'> {
  const address = s.address.trim()
  return {
    ...(address !== (registration.address ?? '') ? { address } : {}),
    ...(s.mobileChoice === 'other'
      ? { mobile: s.mobile.trim() }
      : s.mobileChoice === 'login'
        ? { mobileFromLogin: true }
        : {}),
  }
}

/** The form's own problems (none before a first 保存). */
export function contactProblems(s: ContactState, registration: RegistrationStatus): FormProblem[] {
  return s.attempted ? checkContactChange(contactBody(s, registration)) : []
}
