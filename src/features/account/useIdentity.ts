/**
 * 实名认证 wired to the backend: H5 starts the carrier check and confirms it with the SMS code; the
 * mini-programs read the platform's real name and bind it once authorised. Each write goes through
 * useSubmit; the account the server answers replaces the session's.
 */
import { useEffect, useReducer } from 'react'
import { useRouter } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import { useSubmit } from '@/query/submit'
import { continueAfterSignIn, continueLabel } from '@/routing/auth'
import { useSession } from '@/store/session'
import { useCountdown } from '@/utils/countdown'
import { confirmBody, identity, identityRefusal, initialIdentity, startBody } from './identity.model'

export const env = process.env.TARO_ENV

export function useIdentity() {
  const params = useRouter().params as Record<string, string | undefined>
  const setAccount = useSession((s) => s.setAccount)
  const account = useSession((s) => s.account)
  const [state, dispatch] = useReducer(identity, initialIdentity)
  const countdown = useCountdown(state.resendAt)

  // H5: name + ID + own mobile, then the code sent to that mobile
  const start = useSubmit((body: NonNullable<ReturnType<typeof startBody>>) => api.startMobileIdentity(body))
  const confirm = useSubmit((b: NonNullable<ReturnType<typeof confirmBody>>) =>
    api.confirmMobileIdentity(b.checkId, b.code),
  )
  const startRefusal = start.error && identityRefusal(start.error)
  const waitSeconds = startRefusal?.waitSeconds
  useEffect(() => {
    if (waitSeconds) dispatch({ type: 'wait', seconds: waitSeconds, now: Date.now() })
  }, [waitSeconds, start.error])

  async function sendCode() {
    const next = identity(state, { type: 'send' })
    dispatch({ type: 'send' })
    const body = startBody(next)
    if (!body) return
    confirm.clearError()
    const check = await start.run(body)
    if (check) dispatch({ type: 'started', check, now: Date.now() })
  }

  async function submitCode() {
    const next = identity(state, { type: 'submit' })
    dispatch({ type: 'submit' })
    const body = confirmBody(next)
    if (!body) return
    const acc = await confirm.run(body)
    if (acc) {
      dispatch({ type: 'done' })
      setAccount(acc)
    }
  }

  // WeChat / Alipay: the platform's real name
  const platform = env !== 'h5'
  const preview = useQuery(queries.platformIdentity, { enabled: platform && !account?.identity })
  const bind = useSubmit(() => api.bindPlatformIdentity())
  async function authorise() {
    const acc = await bind.run(undefined)
    if (acc) {
      dispatch({ type: 'done' })
      setAccount(acc)
    }
  }

  const refusal = confirm.error ? identityRefusal(confirm.error).error : startRefusal?.error
  return {
    identity: account?.identity,
    justDone: state.step === 'done',
    platform,
    continueText: continueLabel(params, '实名认证'),
    next: () => void continueAfterSignIn(params),
    // H5
    state,
    countdown,
    pending: start.pending || confirm.pending,
    error: refusal,
    setName: (value: string) => dispatch({ type: 'name', value }),
    setIdNumber: (value: string) => dispatch({ type: 'idNumber', value }),
    blurId: () => dispatch({ type: 'idBlur' }),
    setMobile: (value: string) => dispatch({ type: 'mobile', value }),
    setCode: (value: string) => dispatch({ type: 'code', value }),
    sendCode: () => void sendCode(),
    submitCode: () => void submitCode(),
    edit: () => {
      dispatch({ type: 'edit' })
      start.clearError()
      confirm.clearError()
    },
    // WeChat / Alipay
    preview,
    authorise: () => void authorise(),
    authorising: bind.pending,
    authoriseError: bind.error,
  }
}

export type IdentityModel = ReturnType<typeof useIdentity>
