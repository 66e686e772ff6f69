/** 停保/续保: the model wired to the answers (registration, today, the server's options) and the submissions. */
import { useReducer } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { toApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { SuspendBody } from '@/api/schema'
import { setQueryData, useQuery } from '@/query/cache'
import { PERSON_DATA, queries } from '@/query/queries'
import { useSubmit } from '@/query/submit'
import { confirmDialog } from '@/utils/dialog'
import {
  RESUME_CONFIRM_TEXT,
  initialState,
  missing,
  offeredReasons,
  openRecordsOf,
  pickerStart,
  reducer,
  stageOf,
  suspendConfirmText,
} from './model'

type Body = Omit<SuspendBody, 'personRef'>

export function useSuspend() {
  const [state, dispatch] = useReducer(reducer, initialState)
  const registration = useQuery(queries.registration)
  const health = useQuery(queries.health)
  const status = registration.data
  const active = !!status?.registered && status.status === 'ACTIVE'
  const options = useQuery(queries.suspensionOptions, { enabled: active })

  const reload = () =>
    Promise.all([registration.reload(), health.reload(), ...(active ? [options.reload()] : [])]).finally(() =>
      Taro.stopPullDownRefresh(),
    )
  usePullDownRefresh(() => void reload())

  const suspend = useSubmit(
    async (body: Body, key: string) => {
      const s = await api.suspend(body, key)
      setQueryData(queries.registration, s)
      return s
    },
    { invalidates: PERSON_DATA },
  )
  const resume = useSubmit(
    async (_: void, key: string) => {
      const s = await api.resume(key)
      setQueryData(queries.registration, s)
      return s
    },
    { invalidates: PERSON_DATA },
  )

  function clearErrors() {
    dispatch({ type: 'error', error: undefined })
    suspend.clearError()
    resume.clearError()
  }

  async function submitSuspend() {
    clearErrors()
    dispatch({ type: 'attempt' })
    if (Object.keys(missing(state)).length > 0) return
    const body: Body = { reason: state.reason!, stopDate: state.stopDate! }
    // The server's check first: never ask to confirm what would be refused.
    dispatch({ type: 'checking', checking: true })
    try {
      await api.checkSuspension(body)
    } catch (e) {
      dispatch({ type: 'error', error: toApiError(e) })
      return
    } finally {
      dispatch({ type: 'checking', checking: false })
    }
    const ok = await confirmDialog({
      title: '确认停保',
      content: suspendConfirmText(body.stopDate),
      confirmText: '确认停保',
    })
    if (!ok) return
    const s = await suspend.run(body)
    if (s) dispatch({ type: 'suspended', status: s, stopDate: body.stopDate })
  }

  async function submitResume() {
    clearErrors()
    const ok = await confirmDialog({ title: '确认续保', content: RESUME_CONFIRM_TEXT, confirmText: '确认续保' })
    if (!ok) return
    if (await resume.run()) dispatch({ type: 'resumed' })
  }

  const error = state.error ?? suspend.error ?? resume.error
  const loadError = registration.error ?? health.error ?? (active ? options.error : undefined)
  const ready = !!status && !!health.data && (!active || !!options.data || state.resumed)
  return {
    state,
    status,
    stage: status ? stageOf(status, state.resumed) : undefined,
    loading: !ready && !loadError,
    loadError: ready ? undefined : loadError,
    reload,
    options: options.data,
    reasons: offeredReasons(active ? options.data : undefined),
    pickerValue: state.stopDate ?? pickerStart(active ? options.data : undefined, health.data?.today ?? ''),
    error,
    openRecords: openRecordsOf(error),
    busy: suspend.pending || resume.pending || state.checking,
    submitting: suspend.pending || resume.pending,
    setReason: (reason: NonNullable<typeof state.reason>) => dispatch({ type: 'reason', reason }),
    setStopDate: (stopDate: string) => dispatch({ type: 'stopDate', stopDate }),
    submitSuspend,
    submitResume,
  }
}
