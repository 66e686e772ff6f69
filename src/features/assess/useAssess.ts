/**
 * 缴费核定 wired: the model's reducer fed by the query cache (registration, regions, quote) and the writes
 * (核定, 传输) sent through useSubmit. The draft is kept per person as before (src/utils/draft.ts).
 */
import { useEffect, useMemo, useReducer } from 'react'
import { useRouter } from '@tarojs/taro'
import { ApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { AssessBody } from '@/api/schema'
import { formatYuan } from '@/domain/money'
import { useQuery } from '@/query/cache'
import { PERSON_DATA, queries } from '@/query/queries'
import { useSubmit } from '@/query/submit'
import { useActingFor } from '@/store/actingFor'
import { useSession } from '@/store/session'
import { confirmDialog } from '@/utils/dialog'
import { clearDraft, loadDraft, useDraft, useLeaveGuard } from '@/utils/draft'
import type { BaseEntry } from './base'
import { readBase } from './reading'
import {
  bodyOf,
  draftOf,
  flowContext,
  initialState,
  isDirty,
  personFacts,
  reduce,
  type Draft,
  type StepId,
} from './model'

type Body = Omit<AssessBody, 'personRef'>

const REGION_UNKNOWN = new ApiError('REGION_UNKNOWN', '未找到您的参保地区的缴费规则，请稍后再试。')

export function useAssess() {
  const person = useActingFor((s) => s.person)
  const accountId = useSession((s) => s.account?.id)
  /** Drafts are kept per person: the relative acted for, or the account itself. */
  const owner = person ? `p-${person.personRef}` : accountId
  const carried = useRouter().params
  const registration = useQuery(queries.registration)
  const regions = useQuery(queries.regions)
  const ctx = useMemo(
    () => (registration.data && regions.data ? flowContext(regions.data, registration.data) : undefined),
    [registration.data, regions.data],
  )
  const loadError =
    regions.error ?? registration.error ?? (regions.data && registration.data && !ctx ? REGION_UNKNOWN : undefined)

  const [state, dispatch] = useReducer(reduce, initialState)
  useEffect(() => {
    if (ctx && !state.ready) dispatch({ type: 'init', ctx, draft: loadDraft<Draft>('assess', owner), carried })
  }, [ctx, state.ready, owner, carried])

  const body = ctx ? bodyOf(state, ctx.region) : undefined
  const quote = useQuery(queries.quote(body ?? { start: '', end: '', base: '' }, ctx && personFacts(ctx, state)), {
    enabled: !!ctx && state.step === 'period' && !!state.start && !!state.end,
  })
  useEffect(() => {
    if (quote.data) dispatch({ type: 'quoted', quote: quote.data })
  }, [quote.data])

  const create = useSubmit((b: Body, key) => api.createAssessment(b, key), { invalidates: PERSON_DATA })
  const transmit = useSubmit((id: string, key) => api.transmit(id, key), { invalidates: PERSON_DATA })

  const draft = useMemo(() => draftOf(state), [state])
  const dirty = isDirty(state)
  useDraft<Draft>('assess', owner, draft, dirty)
  useLeaveGuard(dirty)

  const quoteShown = quote.error ? undefined : state.quote
  const quoting = quote.loading
  const busy = create.pending || transmit.pending

  const goTo = (step: StepId) => ctx && dispatch({ type: 'goTo', step, ctx })

  return {
    ctx,
    state,
    loadError,
    reload: () => Promise.all([regions.reload(), registration.reload()]),
    quote: quoteShown,
    quoting,
    quoteError: quote.error,
    retryQuote: quote.reload,
    busy,
    createError: create.error,
    transmitError: transmit.error,
    canConfirm: !!quoteShown && !quote.error && !quoting,
    goTo,
    setEntry: (entry: BaseEntry) => dispatch({ type: 'entry', entry }),
    setStart: (month: string) => ctx && dispatch({ type: 'start', month, ctx }),
    setEnd: (month: string) => dispatch({ type: 'end', month }),
    setFrequency: (frequency: string) => ctx && dispatch({ type: 'frequency', frequency, ctx }),

    /** 下一步 from the base: a wage far above anything plausible is confirmed first. */
    async toPeriod() {
      if (!ctx) return
      const reading = readBase(ctx.region, state.entry)
      if (!reading.ok) return
      if (
        reading.confirm &&
        !(await confirmDialog({
          title: '请核对月工资收入',
          content: reading.confirm,
          confirmText: '填写正确',
          cancelText: '返回修改',
        }))
      )
        return
      goTo('period')
    },

    toConfirm() {
      create.clearError()
      goTo('confirm')
    },

    async confirm() {
      if (!body || busy) return
      const record = await create.run(body)
      if (!record) return
      clearDraft('assess', owner)
      transmit.clearError()
      dispatch({ type: 'created', record })
    },

    async transmit() {
      const record = state.record
      if (!record || busy) return
      const yes = await confirmDialog({
        title: '传输到税务',
        content: `将核定流水号 ${record.id}（${formatYuan(record.total)}）传输到税务部门缴费。传输后如需撤销，须先向税务部门申请撤销。`,
        confirmText: '确认传输',
        cancelText: '暂不传输',
      })
      if (!yes) return
      const next = await transmit.run(record.id)
      if (next) dispatch({ type: 'transmitted', record: next })
    },

    another() {
      if (!ctx) return
      create.clearError()
      transmit.clearError()
      dispatch({ type: 'another', ctx })
    },
  }
}

export type AssessFlow = ReturnType<typeof useAssess>
