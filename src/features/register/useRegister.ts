/** 参保登记: the model wired to the answers (registration, regions), the draft and the submission. */
import { useEffect, useReducer } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import type { RegisterBody } from '@/api/schema'
import { fetchQuery, setQueryData, useQuery } from '@/query/cache'
import { PERSON_DATA, queries } from '@/query/queries'
import { useSubmit } from '@/query/submit'
import { useSession } from '@/store/session'
import { clearDraft, loadDraft, useDraft, useLeaveGuard } from '@/utils/draft'
import {
  draftOf,
  formView,
  initialState,
  isFilled,
  isRegistering,
  reducer,
  bodyOf,
  type Draft,
  type Form,
  type StepId,
} from './model'

export function useRegister() {
  const account = useSession((s) => s.account)
  const router = useRouter()
  /** H5 accounts signed in by phone: the number can be reused without the app ever holding it. */
  const loginPhone = account?.channel === 'h5' ? account.channelUser : undefined
  const registration = useQuery(queries.ownRegistration)
  const regions = useQuery(queries.regions)
  const [state, dispatch] = useReducer(reducer, initialState)

  useEffect(() => {
    if (registration.data)
      dispatch({ type: 'loaded', registration: registration.data, draft: loadDraft<Draft>('register', account?.id) })
  }, [registration.data, account?.id])

  const reload = () => Promise.all([registration.reload(), regions.reload()])
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))

  const registering = isRegistering(state, registration.data)
  const filled = isFilled(state)
  useDraft<Draft>('register', account?.id, draftOf(state), registering && filled)
  useLeaveGuard((registering && filled) || (state.stage === 'form' && !!registration.data?.registered))

  const submit = useSubmit(
    async (body: RegisterBody) => {
      const r = await api.register(body)
      setQueryData(queries.ownRegistration, r.registration)
      return r
    },
    { invalidates: PERSON_DATA },
  )
  useEffect(() => {
    if (submit.error) dispatch({ type: 'refused', error: submit.error })
  }, [submit.error])

  const ready = state.loaded && !!registration.data && !!regions.data
  const view =
    ready && registration.data && regions.data
      ? formView(state, { registration: registration.data, regions: regions.data.regions, loginPhone })
      : undefined

  async function send() {
    if (!view) return
    const valid = view.local().length === 0
    dispatch({ type: 'attempt', valid })
    if (!valid) return
    dispatch({ type: 'refused', error: undefined })
    const r = await submit.run(bodyOf(state.form, view.mobileChoice))
    if (!r) return
    clearDraft('register', account?.id)
    dispatch({ type: 'registered', result: r })
    // The account's "registered" flag follows.
    fetchQuery(queries.me)
      .then((acc) => useSession.getState().setAccount(acc))
      .catch(() => {})
  }

  return {
    state,
    view,
    loading: !ready && !registration.error && !regions.error,
    loadError: registration.error ?? regions.error,
    reload,
    registration: registration.data,
    regions: regions.data?.regions ?? [],
    identity: account?.identity ?? undefined,
    loginPhone,
    editContactAtStart: router.params.edit === 'contact',
    pending: submit.pending,
    agree: (agreed: boolean) => dispatch({ type: 'agree', agreed }),
    goTo: (stage: StepId) => dispatch({ type: 'goTo', stage }),
    set: (patch: Partial<Form>) => dispatch({ type: 'set', patch }),
    startChange: () => registration.data && dispatch({ type: 'startChange', registration: registration.data }),
    cancelChange: () => dispatch({ type: 'cancelChange' }),
    send,
  }
}

export type RegisterFlow = ReturnType<typeof useRegister>
