// @vitest-environment jsdom
// 登录, 实名认证 and 我的 without rendering: the steps as data, the reducers and their checks, the words for
// the server's answers, where the user continues, and that signing out / deleting the account empties the cache.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { MobileCheckStarted } from '@/api/schema'
import {
  IDENTITY_STEPS,
  confirmBody,
  identity,
  identityRefusal,
  idDerived,
  idError,
  initialIdentity,
  sendLabel,
  startBody,
  type IdentityAction,
} from '@/features/account/identity.model'
import {
  LOGIN_STEPS,
  canSend,
  canVerify,
  codeMessage,
  initialLogin,
  login,
  loginView,
  type LoginAction,
} from '@/features/account/login.model'
import {
  DELETE_WORD,
  clearLocalAccount,
  deleteConfirmed,
  initialMine,
  mine,
  signOutEverywhere,
} from '@/features/account/mine.model'
import { nextStep } from '@/features/account/steps'
import { clearQueries, peekQuery, setQueryData } from '@/query/cache'
import { queries } from '@/query/queries'
import { continueLabel, returnParams } from '@/routing/auth'
import { useActingFor } from '@/store/actingFor'
import { useConsent } from '@/store/consent'
import { useSession } from '@/store/session'
import { secondsLeft } from '@/utils/countdown'

const GOOD_ID = '11010519491231002X'

afterEach(() => {
  vi.restoreAllMocks()
  useSession.getState().signOut()
  useActingFor.getState().actForSelf()
  clearQueries(['app', 'account', 'person'])
})

describe('登录', () => {
  const run = (...a: LoginAction[]) => a.reduce(login, initialLogin)

  it('goes consent → method → code → signed in', () => {
    expect(LOGIN_STEPS.map((s) => s.id)).toEqual(['consent', 'method', 'code', 'signedIn'])
    expect(nextStep(LOGIN_STEPS, 'method')).toBe('code')
  })

  it('checks the number before sending, and the code before signing in', () => {
    const bad = run({ type: 'phone', value: '139 1234' }, { type: 'send' })
    expect(bad.phone).toBe('1391234')
    expect([bad.phoneError, canSend(bad)]).toEqual(['请输入11位手机号码（以1开头）。', false])
    const noCode = run({ type: 'phone', value: '13912345678' }, { type: 'verify' })
    expect([noCode.phoneError, noCode.codeError, canVerify(noCode)]).toEqual([
      undefined,
      '请输入短信中的6位数字验证码。',
      false,
    ])
    expect(
      canVerify(run({ type: 'phone', value: '13912345678' }, { type: 'code', value: '123456' }, { type: 'verify' })),
    ).toBe(true)
  })

  it('after sending: the code step, the masked number, a 60-second wait', () => {
    const s = run(
      { type: 'phone', value: '13912345678' },
      { type: 'sent', expiresInSeconds: 300, devCode: '1', now: 1000 },
    )
    expect(s.step).toBe('code')
    expect(s.sentNote).toBe('验证码已发送至 139****5678，5分钟内有效。')
    expect(secondsLeft(s.resendAt, 1000)).toBe(60)
    expect(secondsLeft(s.resendAt, 60_500)).toBe(1)
    expect(secondsLeft(s.resendAt, 61_000)).toBe(0)
  })

  it('says how many tries a wrong code leaves, next to the code', () => {
    const wrong = new ApiError('SMS_CODE_INVALID', '验证码不正确', 422, { attemptsLeft: 4 })
    expect(codeMessage(initialLogin, wrong)).toBe('验证码不正确，还可以再试 4 次；用完后需重新获取验证码。')
    expect(codeMessage(initialLogin, new ApiError('X', 'm'))).toBeUndefined()
  })

  it('shows the notice until agreed, "已登录" to someone already signed in, never while signing in', () => {
    const facts = { consented: true, signedIn: false, pending: false }
    expect(loginView({ ...facts, consented: false }, initialLogin)).toBe('consent')
    expect(loginView(facts, initialLogin)).toBe('method')
    expect(loginView({ ...facts, signedIn: true }, initialLogin)).toBe('already')
    expect(loginView({ ...facts, signedIn: true, pending: true }, initialLogin)).toBe('method')
    expect(loginView({ ...facts, signedIn: true }, run({ type: 'signedIn' }))).toBe('signedIn')
  })
})

describe('where the user continues', () => {
  it('says so near the top of 登录 and 实名认证', () => {
    expect(continueLabel({ next: 'Assess' })).toBe('登录后将继续办理「缴费核定」')
    expect(continueLabel({ next: 'People' }, '实名认证')).toBe('实名认证后将继续办理「我的代办」')
    expect(continueLabel({})).toBeUndefined()
  })

  it('登录 and 实名认证 pass their own return target on', () => {
    expect(returnParams('Identity', { next: 'Assess', nextq: 'a%3D1', x: 'y' })).toEqual({
      next: 'Assess',
      nextq: 'a%3D1',
    })
    expect(returnParams('Login', {})).toEqual({})
    expect(returnParams('Records', { status: 'PAID' })).toEqual({ next: 'Records', nextq: 'status=PAID' })
  })
})

describe('实名认证', () => {
  const run = (...a: IdentityAction[]) => a.reduce(identity, initialIdentity)
  const check: MobileCheckStarted = {
    checkId: 'chk_1',
    mobileMasked: '139****5678',
    resendInSeconds: 60,
  } as MobileCheckStarted

  it('goes form → code → done', () => {
    expect(IDENTITY_STEPS.map((s) => s.id)).toEqual(['form', 'code', 'done'])
    expect(IDENTITY_STEPS[0].fields).toEqual(['name', 'idNumber', 'mobile'])
  })

  it('checks every field before starting the check', () => {
    const tried = run({ type: 'send' })
    expect([tried.nameError, tried.mobileError, idError(tried)]).toEqual([
      '请输入姓名。',
      '请输入11位手机号码（以1开头）。',
      '请输入18位身份证号码。',
    ])
    expect(startBody(tried)).toBeUndefined()
    const ok = run(
      { type: 'name', value: ' 王芳 ' },
      { type: 'idNumber', value: '11010519491231002x' },
      { type: 'mobile', value: '139-1234-5678' },
      { type: 'send' },
    )
    expect(startBody(ok)).toEqual({ name: '王芳', idNumber: GOOD_ID, mobile: '13912345678' })
    expect(idDerived(ok)).toMatchObject({ birth_date: '1949-12-31', sex: 'F' })
  })

  it('the code step: confirm only a 6-digit code; done forgets the number; 修改 goes back', () => {
    const started = run({ type: 'idNumber', value: GOOD_ID }, { type: 'started', check, now: 0 })
    expect(started.step).toBe('code')
    expect(sendLabel(started, 0)).toBe('重新获取验证码')
    expect(sendLabel(started, 12)).toBe('12秒后可重新获取')
    expect(sendLabel(initialIdentity, 0)).toBe('获取验证码')
    expect(confirmBody(identity(started, { type: 'submit' }))).toBeUndefined()
    const typed = identity(identity(started, { type: 'code', value: '123456' }), { type: 'submit' })
    expect(confirmBody(typed)).toEqual({ checkId: 'chk_1', code: '123456' })
    const done = identity(typed, { type: 'done' })
    expect([done.step, done.idNumber]).toEqual(['done', ''])
    const edit = identity(typed, { type: 'edit' })
    expect([edit.step, edit.check, edit.code]).toEqual(['form', undefined, ''])
  })

  it('shows the server’s refusal, with the tries left, and how long to wait', () => {
    const wrong = identityRefusal(new ApiError('SMS_CODE_INVALID', '验证码不正确。', 422, { attemptsLeft: 4 }))
    expect(wrong.error.message).toBe('验证码不正确。还可再试4次。')
    const soon = identityRefusal(new ApiError('SMS_RESEND_TOO_SOON', '请稍等', 429, { retryAfterSeconds: 42 }))
    expect(soon.waitSeconds).toBe(42)
    const notVerified = new ApiError('IDENTITY_NOT_VERIFIED', '姓名、身份证号码与手机号码未能通过核验。', 422)
    expect(identityRefusal(notVerified).error).toBe(notVerified)
  })
})

describe('我的', () => {
  it('opens one panel at a time, and deletes only once the word is typed', () => {
    const open = mine(initialMine, { type: 'toggle', panel: 'delete' })
    expect(open.panel).toBe('delete')
    expect(mine(open, { type: 'toggle', panel: 'delete' }).panel).toBe('none')
    expect(mine(open, { type: 'toggle', panel: 'withdraw' }).panel).toBe('withdraw')
    expect(deleteConfirmed(open)).toBe(false)
    expect(deleteConfirmed(mine(open, { type: 'deleteWord', value: ` ${DELETE_WORD} ` }))).toBe(true)
    expect(mine(mine(open, { type: 'deleteWord', value: 'x' }), { type: 'toggle', panel: 'withdraw' }).deleteWord).toBe(
      '',
    )
  })

  const signIn = () => {
    useSession.getState().signIn('tok', '2999-01-01T00:00:00Z', { id: 'acc_1' } as never)
    setQueryData(queries.people, { items: [] } as never)
    setQueryData(queries.me, { id: 'acc_1' } as never)
    useActingFor.getState().actFor({ personRef: 'pr_1', nameMasked: '李*山' })
    setQueryData(queries.registration, { registered: true } as never)
    setQueryData(queries.regions, { regions: [] } as never)
  }

  it('signing out clears the session, the person acted for and every answer of the account', async () => {
    const logout = vi.spyOn(api, 'logout').mockRejectedValue(new Error('offline'))
    signIn()
    expect(peekQuery(queries.people)).toBeDefined()
    await signOutEverywhere()
    expect(logout).toHaveBeenCalled()
    expect(useSession.getState().token).toBeUndefined()
    expect(useActingFor.getState().person).toBeUndefined()
    expect(peekQuery(queries.people)).toBeUndefined()
    expect(peekQuery(queries.me)).toBeUndefined()
    expect(peekQuery(queries.registration)).toBeUndefined()
    expect(peekQuery(queries.regions)).toBeDefined() // the same for everybody
  })

  it('deleting the account clears the cache and the consent too', () => {
    useConsent.getState().agree()
    signIn()
    clearLocalAccount()
    expect(peekQuery(queries.people)).toBeUndefined()
    expect(peekQuery(queries.me)).toBeUndefined()
    expect(useConsent.getState().version).toBeFalsy()
  })
})
