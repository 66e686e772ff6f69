// @vitest-environment jsdom
// 我的代办 without rendering: the steps of acting for someone, the form's reducer and checks, where a request
// stands, and the words shown for the server's answers.
import { describe, expect, it } from 'vitest'
import { ApiError, HttpError, toApiError } from '@/api/client'
import type { BoundPerson } from '@/api/schema'
import { nextStep, previousStep } from '@/features/account/steps'
import {
  ADD_PERSON_STEPS,
  actedForMe,
  addPerson,
  addPersonProblems,
  addPersonRequest,
  consentCodeProblem,
  dateZh,
  idMasked,
  initialAddPerson,
  pendingRequests,
  regionName,
  relLabel,
  requestStep,
  smsLabel,
  stillBound,
  withAttemptsLeft,
  type AddPersonAction,
  type AddPersonState,
} from '@/features/people/model'

const GOOD_ID = '11010519491231002X'
const run = (...actions: AddPersonAction[]): AddPersonState => actions.reduce(addPerson, initialAddPerson)

describe('acting for someone: the steps', () => {
  it('goes form → requested → code → bound, in that order', () => {
    expect(ADD_PERSON_STEPS.map((s) => s.id)).toEqual(['form', 'requested', 'code', 'bound'])
    expect(ADD_PERSON_STEPS[0].fields).toEqual(['name', 'idNumber', 'relationship'])
    expect(nextStep(ADD_PERSON_STEPS, 'requested')).toBe('code')
    expect(nextStep(ADD_PERSON_STEPS, 'bound')).toBe('bound')
    expect(previousStep(ADD_PERSON_STEPS, 'form')).toBe('form')
  })

  it('a request waits for TA until an SMS was sent, then for the code', () => {
    expect(requestStep({ smsSentAt: null })).toBe('requested')
    expect(requestStep({ smsSentAt: '2026-01-01T00:00:00Z' })).toBe('code')
  })

  it('a sent request clears the form and says what to do next; TA agreeing binds', () => {
    const filled = run(
      { type: 'name', value: '李大山' },
      { type: 'id', value: ' 11010519491231002x' },
      { type: 'relationship', value: 'PARENT' },
    )
    expect(filled.idRaw).toBe(GOOD_ID)
    const sent = addPerson(filled, { type: 'sent', nameMasked: '李*山' })
    expect(sent).toMatchObject({ step: 'requested', name: '', idRaw: '' })
    expect(sent.relationship).toBeUndefined()
    expect(sent.notice).toContain('已向 李*山 发出代办请求，待对方确认')
    const bound = addPerson(sent, { type: 'consented', nameMasked: '张*英', expiresAt: '2027-12-01T18:00:00Z' })
    expect(bound.step).toBe('bound')
    expect(bound.notice).toBe('张*英 已同意，授权有效期至2027年12月2日。现在可以为TA办理了。')
    expect(addPerson(filled, { type: 'alreadyBound' }).notice).toContain('TA 已经是您的代办对象')
  })
})

describe('the form', () => {
  it('says nothing before a field is touched, everything once submitted', () => {
    expect(addPersonProblems(initialAddPerson)).toEqual({})
    const tried = run({ type: 'submit' })
    expect(addPersonProblems(tried)).toEqual({
      name: '请输入姓名',
      id: '请输入18位身份证号码。',
      relationship: '请选择TA是您的什么人',
    })
    expect(addPersonRequest(tried)).toBeUndefined()
  })

  it('checks the ID number with the engine while typing, only what is certain', () => {
    expect(addPersonProblems(run({ type: 'id', value: '1101' })).id).toBeUndefined()
    expect(addPersonProblems(run({ type: 'id', value: '11a' })).id).toContain('只能包含数字和字母X')
    expect(addPersonProblems(run({ type: 'id', value: '110105194912310021' })).id).toContain('校验位不正确')
  })

  it('masks a valid number once the field is left, and unmasks it to edit', () => {
    const typed = run({ type: 'id', value: GOOD_ID })
    expect(idMasked(typed)).toBe(false)
    const left = addPerson(typed, { type: 'idBlur' })
    expect(idMasked(left)).toBe(true)
    const editing = addPerson(left, { type: 'idEdit' })
    expect([idMasked(editing), editing.idFocus]).toEqual([false, true])
    expect(idMasked(addPerson(run({ type: 'id', value: '110105194912310021' }), { type: 'idBlur' }))).toBe(false)
  })

  it('sends the trimmed name, the number in capitals and the relationship', () => {
    const s = run(
      { type: 'name', value: ' 李大山 ' },
      { type: 'id', value: '11010519491231002x' },
      { type: 'relationship', value: 'SPOUSE' },
    )
    expect(addPersonRequest(s)).toEqual({ name: '李大山', idNumber: GOOD_ID, relationship: 'SPOUSE' })
  })
})

describe('words and lists', () => {
  it('adds the tries left to a refused code, and checks the code before sending', () => {
    const e = withAttemptsLeft(new ApiError('CONSENT_CODE_INVALID', '确认码不正确。', 422, { attemptsLeft: 4 }))
    expect(e.message).toBe('确认码不正确。还可再试4次。')
    expect(e.problems[0].message).toBe(e.message)
    const plain = new ApiError('X', 'm')
    expect(withAttemptsLeft(plain)).toBe(plain)
    expect(consentCodeProblem('12345')?.message).toBe('请输入TA收到的6位确认码。')
    expect(consentCodeProblem('123456')).toBeUndefined()
  })

  it('labels the SMS button while waiting, before and after the first SMS', () => {
    expect(smsLabel({ smsSentAt: null, mobileMasked: '138****0000' }, 0)).toBe('发短信给TA（138****0000）')
    expect(smsLabel({ smsSentAt: 'x', mobileMasked: '138****0000' }, 0)).toBe('重新发送短信')
    expect(smsLabel({ smsSentAt: 'x', mobileMasked: '138****0000' }, 42)).toBe('42秒后可重新发送')
  })

  it('keeps pending requests and agents’ acts only; knows when the person acted for is gone', () => {
    const reqs = [{ status: 'PENDING' }, { status: 'APPROVED' }] as never
    expect(pendingRequests(reqs)).toHaveLength(1)
    const acts = Array.from({ length: 25 }, (_, i) => ({ byAgent: i % 5 !== 0 })) as never
    expect(actedForMe(acts)).toHaveLength(20)
    const people = [{ ref: 'pr_1' }] as BoundPerson[]
    expect(stillBound('pr_1', people)).toBe(true)
    expect(stillBound('pr_2', people)).toBe(false)
    expect(stillBound(undefined, people)).toBe(true)
    expect(stillBound('pr_2', undefined)).toBe(true)
  })

  it('names relationships, regions and dates in China time', () => {
    expect(relLabel('PARENT')).toBe('父母')
    expect(relLabel('??')).toBe('家人')
    expect(regionName('640000')).toBe('宁夏回族自治区')
    expect(regionName(null)).toBe('—')
    expect(dateZh('2027-12-01T16:30:00Z')).toBe('2027年12月2日')
  })
})

describe('a refusal without a list of problems', () => {
  it('shows the one problem the body names (a limiter’s 429 with errors: [])', () => {
    const body = { ok: false, error: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试。', detail: {}, errors: [] }
    const e = toApiError(new HttpError('http', 429, body))
    expect(e.problems).toEqual([{ code: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试。', detail: {} }])
  })
})
