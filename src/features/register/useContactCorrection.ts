/** 更正联系方式: the model wired to its submission (one Idempotency-Key per correction, owned by useSubmit). */
import { useReducer } from 'react'
import { ApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { ContactBody, RegistrationStatus } from '@/api/schema'
import { setQueryData } from '@/query/cache'
import { PERSON_DATA, queries } from '@/query/queries'
import { useSubmit } from '@/query/submit'
import { FIELD_OF } from './model'
import { contactBody, contactProblems, contactReducer, initialContact, type ContactState } from './contact.model'

export function useContactCorrection(registration: RegistrationStatus, openAtStart: boolean) {
  const [state, dispatch] = useReducer(contactReducer, initialContact(registration, openAtStart))
  const submit = useSubmit(
    async (body: Omit<ContactBody, 'personRef'>, key: string) => {
      const r = await api.correctContact(body, key)
      setQueryData(queries.ownRegistration, r)
      return r
    },
    { invalidates: PERSON_DATA },
  )

  const problems = contactProblems(state, registration)
  const error =
    problems.length > 0 ? new ApiError('FORM_INCOMPLETE', problems[0].message, 0, {}, problems) : submit.error
  const fieldError = (f: 'mobile' | 'address') =>
    problems.find((p) => p.field === f)?.message ?? submit.error?.problems.find((p) => FIELD_OF[p.code] === f)?.message

  async function save() {
    dispatch({ type: 'attempt' })
    const body = contactBody(state, registration)
    if (contactProblems({ ...state, attempted: true }, registration).length > 0) return
    const r = await submit.run(body)
    if (r) dispatch({ type: 'saved', registration: r })
  }

  return {
    state,
    error,
    fieldError,
    pending: submit.pending,
    open: (open: boolean) => dispatch({ type: 'open', open }),
    edit: (patch: Partial<Pick<ContactState, 'mobileChoice' | 'mobile' | 'address'>>) => {
      dispatch({ type: 'edit', patch })
      submit.clearError()
    },
    save,
  }
}
