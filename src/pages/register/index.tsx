import { useCallback, useEffect, useRef, useState } from 'react'
import { View, Text, Button, Input, Picker } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { api, newIdempotencyKey } from '@/api/endpoints'
import { ApiError, toApiError } from '@/api/client'
import type { Region, RegisterBody, RegistrationStatus } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { CheckRow, ChoiceList, Field, InfoRow } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { StatusTag } from '@/components/StatusTag'
import { Steps } from '@/components/Steps'
import { formatMonthZh } from '@/domain'
import { DEFAULT_ETHNICITY, ETHNICITIES, HUKOU_TYPES, hukouTypeLabel, type HukouType } from '@/domain/ethnicities'
import { ADDRESS_MAX, addressLength, checkAddress, checkMobile } from '@/domain/registration'
import { Route } from '@/routes'
import { useSession } from '@/store/session'
import { a11y } from '@/utils/a11y'
import { useRequireLogin } from '@/routing/auth'
import { formatDateZh } from '@/utils/format'
import {
  CATEGORY_OPTIONS,
  EMPLOYEE_STATUS_OPTIONS,
  categoryLabel,
  sexLabel,
  type CategoryCode,
  type EmployeeStatus,
} from '@/utils/labels'
import { go, replace } from '@/utils/nav'
import { loadErrorOf } from '@/utils/loadError'
import { clearDraft, loadDraft, useDraft, useLeaveGuard } from '@/utils/draft'
import '@/components/flow.css'
import './index.css'
import { usePageClass } from '@/store/prefs'

const STEPS = ['阅读参保须知', '填写登记信息', '登记完成'] as const

type FieldKey =
  | 'category'
  | 'region'
  | 'district'
  | 'employee'
  | 'postType'
  | 'person'
  | 'ethnicity'
  | 'hukouType'
  | 'address'
  | 'mobile'

/** Which field a refusal belongs to (the rest are shown in the summary only). */
const FIELD_OF: Record<string, FieldKey> = {
  CATEGORY_NOT_ELIGIBLE: 'category',
  REGION_REQUIRED: 'region',
  HUKOU_RESTRICTED: 'region',
  DISTRICT_NOT_ALLOWED: 'district',
  EMPLOYEE_INSURANCE_ACTIVE: 'employee',
  FEMALE_CATEGORY_REQUIRED: 'postType',
  AGE_AT_OR_ABOVE_RETIREMENT: 'person',
  AGE_BELOW_MIN: 'person',
  ETHNICITY_REQUIRED: 'ethnicity',
  ETHNICITY_INVALID: 'ethnicity',
  HUKOU_TYPE_INVALID: 'hukouType',
  ADDRESS_REQUIRED: 'address',
  ADDRESS_INVALID: 'address',
  ADDRESS_CHARS_INVALID: 'address',
  MOBILE_REQUIRED: 'mobile',
  MOBILE_INVALID: 'mobile',
}

/** 参保须知: each point a heading and its text. */
const NOTICE: readonly (readonly [string, string])[] = [
  [
    '谁可以登记',
    '年满16周岁、未达到法定退休年龄的灵活就业人员，可申请参加企业职工基本养老保险，不受户籍限制，可在工作地或户籍地参保。',
  ],
  [
    '参保身份',
    '无雇工的个体工商户；未在用人单位参加基本养老保险的非全日制从业人员；其他灵活就业人员。有雇工的个体工商户请以用人单位身份参保。',
  ],
  ['正在单位参保的', '须原单位停缴（中断缴费）后再登记；已参保的无需重复登记。'],
  [
    '登记后怎么做',
    '先办理缴费核定（选择缴费基数和缴费期间），核定信息传输到税务部门后，通过税务渠道（微信、支付宝、银行等）缴费。',
  ],
  ['如实填写', '出生日期和性别由您实名认证的身份证号码得出，不能修改。'],
]

const POST_TYPES = [
  { value: 'cadre', label: '干部（管理）岗位', hint: '原法定退休年龄为55周岁。' },
  { value: 'worker', label: '工人岗位', hint: '原法定退休年龄为50周岁。' },
] as const

interface Form {
  /** H5 accounts: use the login phone (the app never holds it unmasked) or type another number */
  mobileChoice?: 'login' | 'other'
  category?: CategoryCode
  region?: string
  district?: string
  employee?: EmployeeStatus
  postType?: 'cadre' | 'worker'
  ethnicity: string
  hukouType?: HukouType
  address: string
  mobile: string
}

const EMPTY_FORM: Form = { ethnicity: DEFAULT_ETHNICITY, address: '', mobile: '' }

type Data = { registration: RegistrationStatus; regions: Region[]; today: string }
type Stage = 'view' | 'notice' | 'form' | 'done'
type Problem = { code: string; message: string; field?: FieldKey }
interface Draft {
  stage: 'notice' | 'form'
  agreed: boolean
  form: Form
}

export default function Register() {
  const pageClass = usePageClass()
  const { ready } = useRequireLogin()
  const account = useSession((s) => s.account)
  const router = useRouter()
  const identity = account?.identity
  /** H5 accounts signed in by phone: the number can be reused without the app ever holding it. */
  const loginPhone = account?.channel === 'h5' ? account.channelUser : undefined
  const [data, setData] = useState<Data>()
  const [loadError, setLoadError] = useState<ApiError>()
  const [stage, setStage] = useState<Stage>('notice')
  const [agreed, setAgreed] = useState(false)
  const [form, setForm] = useState<Form>(EMPTY_FORM)
  /** After a first 提交: the form's own problems are recomputed on every change. */
  const [attempted, setAttempted] = useState(false)
  /** The server's refusal; a problem leaves it when its field is changed. */
  const [serverError, setServerError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ action: 'REGISTERED' | 'REGION_CHANGED'; registration: RegistrationStatus }>()

  const load = useCallback(async () => {
    setLoadError(undefined)
    try {
      const [registration, regions] = await Promise.all([api.registration(), api.regions()])
      setData({ registration, regions: regions.regions, today: regions.today })
      const draft = loadDraft<Draft>('register', account?.id)
      if (draft && !registration.registered) {
        setAgreed(draft.agreed)
        setForm({ ...EMPTY_FORM, ...draft.form })
      }
      setStage((s) =>
        s === 'done' || s === 'form'
          ? s
          : registration.registered
            ? 'view'
            : draft?.stage === 'form' && draft.agreed
              ? 'form'
              : 'notice',
      )
    } catch (e) {
      setLoadError(toApiError(e))
    } finally {
      Taro.stopPullDownRefresh()
    }
  }, [account?.id])

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])
  usePullDownRefresh(() => void load())

  const registering = !!data && !data.registration.registered && (stage === 'notice' || stage === 'form')
  const filled =
    agreed ||
    !!form.address.trim() ||
    !!form.mobile.trim() ||
    !!form.category ||
    !!form.region ||
    !!form.employee ||
    !!form.hukouType
  useDraft<Draft>(
    'register',
    account?.id,
    { stage: stage === 'form' ? 'form' : 'notice', agreed, form },
    registering && filled,
  )
  useLeaveGuard((registering && filled) || (stage === 'form' && !!data?.registration.registered))

  if (!ready || (!data && !loadError)) return <PageState loading />
  if (!data) return <PageState error={loadErrorOf(loadError)} onRetry={() => void load()} />

  const regions = data.regions
  const current = data.registration
  const changing = current.registered
  /**
   * Where a registered person may move (RULES.md §1: a region whose rules refuse re-registration
   * answers ALREADY_REGISTERED): their own region (another district) and the regions that allow a
   * change. The others are named with the reason instead of being offered.
   */
  const offered = changing
    ? regions.filter((r) => r.code === current.region || r.reregister === 'change_region')
    : regions
  const notOffered = changing ? regions.filter((r) => !offered.includes(r)) : []
  const regionIndex = offered.findIndex((r) => r.code === form.region)
  const region = regionIndex >= 0 ? offered[regionIndex] : undefined
  const districtIndex = region ? region.districts.findIndex((d) => d.code === form.district) : -1
  const currentRegion = regions.find((r) => r.code === current.region)
  const ethnicityIndex = ETHNICITIES.indexOf(form.ethnicity as (typeof ETHNICITIES)[number])
  const hukouIndex = HUKOU_TYPES.findIndex((h) => h.value === form.hukouType)
  /** On a region change a blank mobile keeps the stored one (the app only sees it masked). */
  const keepMobile = changing && !!current.mobileMasked
  const mobileChoice = !keepMobile && loginPhone ? (form.mobileChoice ?? 'login') : 'other'

  function validate(): Problem[] {
    const problems: Problem[] = []
    if (!form.category)
      problems.push({ code: 'CATEGORY', field: 'category', message: '请选择参保身份（三种中符合您情况的一种）。' })
    if (!form.region) problems.push({ code: 'REGION', field: 'region', message: '请选择参保地区。' })
    else if (region && region.districts.length > 0 && !form.district)
      problems.push({ code: 'DISTRICT', field: 'district', message: '请选择参保区县（您工作或居住所在的区县）。' })
    if (!form.employee)
      problems.push({ code: 'EMPLOYEE', field: 'employee', message: '请回答您目前是否在单位参加职工养老保险。' })
    if (ethnicityIndex < 0) problems.push({ code: 'ETHNICITY', field: 'ethnicity', message: '请选择民族。' })
    // the same rules as the server (src/domain/registration.ts)
    const address = checkAddress(form.address)
    if (address) problems.push({ code: address.code, field: 'address', message: address.message })
    if (mobileChoice === 'other' && !(keepMobile && !form.mobile.trim())) {
      const mobile = checkMobile(form.mobile)
      if (mobile) problems.push({ code: mobile.code, field: 'mobile', message: mobile.message })
    }
    return problems
  }

  // What the summary and the fields show now: the form's own problems (live after a first 提交),
  // then the server's that are still about unchanged fields.
  const local = attempted ? validate() : []
  const remote: Problem[] = (serverError?.problems ?? [])
    .map((p) => ({ code: p.code, message: p.message, field: FIELD_OF[p.code] }))
    .filter((p) => !local.some((l) => l.field && l.field === p.field))
  const problems = [...local, ...remote]
  const fieldErrors: Partial<Record<FieldKey, string>> = {}
  for (const p of problems) if (p.field && !fieldErrors[p.field]) fieldErrors[p.field] = p.message
  const error =
    problems.length > 0
      ? new ApiError(
          serverError?.code ?? 'FORM_INCOMPLETE',
          problems[0].message,
          serverError?.status ?? 0,
          serverError?.detail ?? {},
          problems.map(({ code, message }) => ({ code, message })),
        )
      : undefined

  const set = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }))
    if (!serverError) return
    const changed = new Set<string>(Object.keys(patch))
    if (changed.has('region')) changed.add('district')
    if (changed.has('mobileChoice')) changed.add('mobile')
    const left = serverError.problems.filter((p) => {
      const f = FIELD_OF[p.code]
      return !(f && changed.has(f)) && !(f === 'person' && changed.has('postType'))
    })
    setServerError(
      left.length === serverError.problems.length
        ? serverError
        : left.length > 0
          ? new ApiError(serverError.code, left[0].message, serverError.status, serverError.detail, left)
          : undefined,
    )
  }

  async function submit() {
    setAttempted(true)
    if (validate().length > 0) {
      setServerError(undefined)
      return
    }
    const body: RegisterBody = {
      region: form.region!,
      category: form.category!,
      employeeInsuranceStatus: form.employee,
      ...(form.district ? { district: form.district } : {}),
      ...(form.postType ? { postType: form.postType } : {}),
      ethnicity: form.ethnicity,
      address: form.address.trim(),
      ...(mobileChoice === 'login'
        ? { mobileFromLogin: true }
        : form.mobile.trim()
          ? { mobile: form.mobile.trim() }
          : {}),
      ...(form.hukouType ? { hukouType: form.hukouType } : {}),
    }
    setBusy(true)
    setServerError(undefined)
    try {
      const r = await api.register(body)
      clearDraft('register', account?.id)
      setResult(r)
      setStage('done')
      setAttempted(false)
      setData((d) => (d ? { ...d, registration: r.registration } : d))
      // The account's "registered" flag follows.
      api
        .me()
        .then((acc) => useSession.getState().setAccount(acc))
        .catch(() => {})
    } catch (e) {
      setServerError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  const stepIndex = stage === 'notice' ? 0 : stage === 'form' ? 1 : STEPS.length

  if (stage === 'view') {
    const canChange = currentRegion?.reregister === 'change_region'
    return (
      <View className={pageClass('page register')}>
        <View className="card" id="registration-current" {...a11y('region', '我的参保登记')}>
          <Text className="card-title" {...a11y('heading')}>
            您已办理参保登记
          </Text>
          <RegistrationInfo registration={current} region={currentRegion} />
        </View>
        <ContactCorrection
          registration={current}
          loginPhone={loginPhone}
          openAtStart={router.params.edit === 'contact'}
          onSaved={(registration) => setData((d) => (d ? { ...d, registration } : d))}
        />
        <View className="card">
          {canChange ? (
            <View>
              <Text className="muted">
                如您的工作地或居住地已变化，可变更参保地。变更后，以后的缴费核定按新参保地的规定办理。
              </Text>
              <Button
                id="change-region"
                className="btn btn-secondary"
                onClick={() => {
                  setForm({
                    ...EMPTY_FORM,
                    region: current.region ?? undefined,
                    district: current.district ?? undefined,
                    category: (current.category ?? undefined) as CategoryCode,
                    ethnicity: current.ethnicity ?? DEFAULT_ETHNICITY,
                    hukouType: (current.hukouType ?? undefined) as HukouType | undefined,
                    address: current.address ?? '',
                  })
                  setStage('form')
                }}
                {...a11y('button', '变更参保地')}
              >
                变更参保地
              </Button>
            </View>
          ) : (
            <Text className="muted" id="no-reregister">
              您已参保，无需重复登记，可直接办理缴费核定。如需变更参保地，请到参保地社保经办机构办理。
            </Text>
          )}
          {current.status === 'ACTIVE' && (
            <Button className="btn btn-primary" onClick={() => void go(Route.Assess)} {...a11y('button', '去缴费核定')}>
              去缴费核定
            </Button>
          )}
        </View>
      </View>
    )
  }

  return (
    <View className={pageClass('page register')}>
      <Steps steps={STEPS} current={stepIndex} />

      {stage === 'notice' && (
        <View className="card" id="register-notice" {...a11y('region', '灵活就业人员参保须知')}>
          <Text className="card-title" {...a11y('heading')}>
            灵活就业人员参保须知
          </Text>
          {NOTICE.map(([title, body], i) => (
            <View key={title} className="notice-item" id={`notice-${i + 1}`}>
              <Text className="notice-item-title" {...a11y('heading')}>
                {i + 1}. {title}
              </Text>
              <Text className="notice-item-body">{body}</Text>
            </View>
          ))}
          <CheckRow id="notice-agree" label="我已阅读并知晓参保须知" checked={agreed} onChange={setAgreed} />
          <Button
            id="notice-next"
            className={`btn btn-primary ${agreed ? '' : 'btn-disabled'}`}
            disabled={!agreed}
            aria-disabled={agreed ? 'false' : 'true'}
            onClick={() => agreed && setStage('form')}
            {...a11y('button', agreed ? '下一步' : '下一步（请先勾选我已阅读并知晓参保须知）')}
          >
            下一步
          </Button>
          {!agreed && (
            <Text className="field-hint" id="notice-next-why">
              请先勾选上方“我已阅读并知晓参保须知”，再点下一步。
            </Text>
          )}
        </View>
      )}

      {stage === 'form' && (
        <View>
          {changing && (
            <View className="card">
              <Text className="card-title" {...a11y('heading')}>
                变更参保地
              </Text>
              <Text className="muted">
                当前参保地：{current.regionName ?? current.region}。请选择新的参保地区后提交。
              </Text>
            </View>
          )}
          <ErrorSummary error={error} />
          <View className="card" {...a11y('region', '本人信息')}>
            <Text className="card-title" {...a11y('heading')}>
              本人信息
            </Text>
            <InfoRow label="姓名" value={identity?.name ?? '—'} />
            <InfoRow label="身份证号码" value={identity?.idNumberMasked ?? '—'} />
            <InfoRow label="出生日期" value={identity ? formatDateZh(identity.birthDate) : '—'} id="reg-birth" />
            <InfoRow label="性别" value={sexLabel(identity?.sex)} id="reg-sex" />
            <Text className="field-hint">出生日期和性别由身份证号码得出，不能修改。</Text>
            {fieldErrors.person && (
              <Text className="field-error" id="person-error" {...a11y('alert')}>
                {fieldErrors.person}
              </Text>
            )}
            <Field label="民族" id="ethnicity" error={fieldErrors.ethnicity}>
              <Picker
                key={`ethnicity-${ethnicityIndex}`}
                mode="selector"
                range={[...ETHNICITIES]}
                value={Math.max(0, ethnicityIndex)}
                onChange={(e) => {
                  const v = ETHNICITIES[Number(e.detail.value)]
                  if (v) set({ ethnicity: v })
                }}
              >
                <View
                  id="ethnicity-picker"
                  className="field-picker"
                  {...a11y('button', `民族：${ethnicityIndex >= 0 ? form.ethnicity : '请选择'}`)}
                >
                  {ethnicityIndex >= 0 ? form.ethnicity : '请选择民族 ›'}
                </View>
              </Picker>
            </Field>
            <Field label="户口性质（选填）" id="hukouType" error={fieldErrors.hukouType}>
              <Picker
                key={`hukou-${hukouIndex}`}
                mode="selector"
                range={HUKOU_TYPES.map((h) => h.label)}
                value={Math.max(0, hukouIndex)}
                onChange={(e) => {
                  const h = HUKOU_TYPES[Number(e.detail.value)]
                  if (h) set({ hukouType: h.value })
                }}
              >
                <View
                  id="hukouType-picker"
                  className={`field-picker ${hukouIndex >= 0 ? '' : 'field-picker-placeholder'}`}
                  {...a11y('button', `户口性质：${hukouIndex >= 0 ? HUKOU_TYPES[hukouIndex].label : '请选择（选填）'}`)}
                >
                  {hukouIndex >= 0 ? HUKOU_TYPES[hukouIndex].label : '请选择户口性质（选填） ›'}
                </View>
              </Picker>
            </Field>
            <Field label="联系地址" id="address" error={fieldErrors.address} hint="请填写到街道门牌号，5至100个字。">
              <Input
                id="address"
                className={`field-input ${fieldErrors.address ? 'field-input-invalid' : ''}`}
                maxlength={ADDRESS_MAX * 2}
                placeholder="如：宁夏银川市兴庆区解放东街1号"
                value={form.address}
                onInput={(e) => set({ address: e.detail.value })}
                aria-label="联系地址"
              />
              <Text
                id="address-count"
                className={`field-counter ${addressLength(form.address) > ADDRESS_MAX ? 'field-counter-over' : ''}`}
                {...a11y('status')}
              >
                {addressLength(form.address) > ADDRESS_MAX
                  ? `${addressLength(form.address)}/${ADDRESS_MAX} 字，超出 ${addressLength(form.address) - ADDRESS_MAX} 字，请精简`
                  : `${addressLength(form.address)}/${ADDRESS_MAX} 字`}
              </Text>
            </Field>
            <Field
              label="手机号码"
              id="mobile"
              error={fieldErrors.mobile}
              hint={
                keepMobile
                  ? `不填写则沿用已登记的 ${current.mobileMasked}。`
                  : mobileChoice === 'login'
                    ? '用于经办机构联系您。'
                    : '用于经办机构联系您，11位，以1开头。'
              }
            >
              {!keepMobile && loginPhone && (
                <ChoiceList
                  id="mobile-choice"
                  label="手机号码"
                  options={[
                    { value: 'login', label: `使用登录手机号 ${loginPhone}` },
                    { value: 'other', label: '使用其他号码' },
                  ]}
                  value={mobileChoice}
                  onChange={(v) => set({ mobileChoice: v })}
                />
              )}
              {mobileChoice === 'other' && (
                <Input
                  id="mobile"
                  className={`field-input ${fieldErrors.mobile ? 'field-input-invalid' : ''}`}
                  type="number"
                  maxlength={11}
                  placeholder={keepMobile ? `已登记 ${current.mobileMasked}` : '请输入11位手机号码'}
                  value={form.mobile}
                  onInput={(e) => set({ mobile: e.detail.value.replace(/\D/g, '') })}
                  aria-label="手机号码"
                />
              )}
            </Field>
          </View>
          <View className="card">
            <Field label="参保身份" id="category" error={fieldErrors.category}>
              <ChoiceList
                id="category"
                options={CATEGORY_OPTIONS}
                value={form.category}
                onChange={(v) => set({ category: v })}
              />
            </Field>
            <Field
              label="参保地区"
              id="region"
              error={fieldErrors.region}
              hint={changing ? undefined : '可选择工作地或户籍地，不受户籍限制。'}
            >
              <Picker
                key={`region-${regionIndex}`}
                mode="selector"
                range={offered.map((r) => r.name)}
                value={Math.max(0, regionIndex)}
                onChange={(e) => {
                  const r = offered[Number(e.detail.value)]
                  if (r) set({ region: r.code, district: undefined })
                }}
              >
                <View
                  id="region-picker"
                  className={`field-picker ${region ? '' : 'field-picker-placeholder'}`}
                  {...a11y('button', `参保地区：${region ? region.name : '请选择'}`)}
                >
                  {region ? region.name : '请选择参保地区 ›'}
                </View>
              </Picker>
            </Field>
            {notOffered.length > 0 && (
              <Text className="field-hint field-note" id="region-not-offered">
                {offered.length === 1 && offered[0].code === current.region
                  ? `您可以在${offered[0].name}内变更参保区县。`
                  : `可在线变更到：${offered.map((r) => r.name).join('、')}。`}
                {notOffered.map((r) => r.name).join('、')}
                按当地规定不接受已参保人员在线变更参保地；如需转到这些地区，请到当地社保经办机构办理转移接续。
              </Text>
            )}
            {region && region.districts.length > 0 && (
              <Field label="参保区县" id="district" error={fieldErrors.district}>
                <Picker
                  key={`district-${region.code}-${districtIndex}`}
                  mode="selector"
                  range={region.districts.map((d) => d.name)}
                  value={Math.max(0, districtIndex)}
                  onChange={(e) => {
                    const d = region.districts[Number(e.detail.value)]
                    if (d) set({ district: d.code })
                  }}
                >
                  <View
                    id="district-picker"
                    className={`field-picker ${districtIndex >= 0 ? '' : 'field-picker-placeholder'}`}
                    {...a11y(
                      'button',
                      `参保区县：${districtIndex >= 0 ? region.districts[districtIndex].name : '请选择'}`,
                    )}
                  >
                    {districtIndex >= 0 ? region.districts[districtIndex].name : '请选择参保区县 ›'}
                  </View>
                </Picker>
              </Field>
            )}
            <Field label="目前是否在单位参加职工养老保险？" id="employee" error={fieldErrors.employee}>
              <ChoiceList
                id="employee"
                options={EMPLOYEE_STATUS_OPTIONS}
                value={form.employee}
                onChange={(v) => set({ employee: v })}
              />
            </Field>
            {identity?.sex === 'F' && (!!form.postType || !!fieldErrors.postType) && (
              <Field label="岗位性质" id="postType" error={fieldErrors.postType}>
                <ChoiceList
                  id="postType"
                  options={POST_TYPES}
                  value={form.postType}
                  onChange={(v) => set({ postType: v })}
                />
              </Field>
            )}
            <Button
              id="register-submit"
              className="btn btn-primary"
              loading={busy}
              disabled={busy}
              onClick={() => void submit()}
              {...a11y('button', changing ? '提交变更' : '提交登记')}
            >
              {changing ? '提交变更' : '提交登记'}
            </Button>
            {changing && (
              <Button className="btn btn-plain" onClick={() => setStage('view')} {...a11y('button', '取消变更')}>
                取消
              </Button>
            )}
          </View>
        </View>
      )}

      {stage === 'done' && result && (
        <View className="card" id="register-done" {...a11y('region', '登记结果')}>
          <Text className="success-title">
            {result.action === 'REGION_CHANGED' ? '参保地变更成功' : '参保登记成功'}
          </Text>
          <RegistrationInfo
            registration={result.registration}
            region={regions.find((r) => r.code === result.registration.region)}
          />
          <Text className="muted">下一步：办理缴费核定，选择缴费基数和缴费期间，核定后到税务渠道缴费。</Text>
          <Button
            id="go-assess"
            className="btn btn-primary"
            onClick={() => void replace(Route.Assess)}
            {...a11y('button', '去缴费核定')}
          >
            去缴费核定
          </Button>
          <Button className="btn btn-plain" onClick={() => void replace(Route.Home)} {...a11y('button', '返回首页')}>
            返回首页
          </Button>
        </View>
      )}
    </View>
  )
}

function RegistrationInfo({ registration: r, region }: { registration: RegistrationStatus; region?: Region }) {
  const found = region?.districts.find((d) => d.code === r.district)?.name
  // 武汉's nine central districts register as 武汉市 itself: never "武汉市 · 武汉市"
  const district = found && found !== (r.regionName ?? region?.name) ? found : undefined
  return (
    <View>
      <InfoRow
        label="参保地"
        value={`${r.regionName ?? r.region ?? '—'}${district ? ` · ${district}` : ''}`}
        id="reg-region"
      />
      <InfoRow label="参保身份" value={categoryLabel(r.category)} />
      <InfoRow label="民族" value={r.ethnicity ?? '—'} id="reg-ethnicity" />
      {r.hukouType && <InfoRow label="户口性质" value={hukouTypeLabel(r.hukouType)} id="reg-hukou" />}
      <InfoRow label="手机号码" value={r.mobileMasked ?? '—'} id="reg-mobile" />
      <InfoRow label="联系地址" value={r.address ?? '—'} id="reg-address" />
      <InfoRow label="参保状态" value={r.status ? <StatusTag status={r.status} /> : '—'} />
      <InfoRow
        label="法定退休年月"
        value={r.retirementMonth ? formatMonthZh(r.retirementMonth) : '—'}
        id="reg-retirement"
      />
    </View>
  )
}

/**
 * 更正联系方式 (隐私政策「查询、更正」): the registered mobile and contact address, checked by the same
 * rules as registration (src/domain/registration.ts) before sending; the server checks again, audits it and
 * creates nothing twice (one Idempotency-Key per correction).
 */
function ContactCorrection(props: {
  registration: RegistrationStatus
  loginPhone?: string
  openAtStart: boolean
  onSaved: (r: RegistrationStatus) => void
}) {
  const { registration, loginPhone, onSaved } = props
  const [open, setOpen] = useState(props.openAtStart)
  const [mobileChoice, setMobileChoice] = useState<'keep' | 'login' | 'other'>('keep')
  const [mobile, setMobile] = useState('')
  const [address, setAddress] = useState(registration.address ?? '')
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(false)
  const key = useRef<{ body: string; key: string }>()

  const problems: Problem[] = []
  if (attempted) {
    const a = checkAddress(address)
    if (a) problems.push({ code: a.code, message: a.message, field: 'address' })
    if (mobileChoice === 'other') {
      const m = checkMobile(mobile)
      if (m) problems.push({ code: m.code, message: m.message, field: 'mobile' })
    }
  }
  const shown = problems.length > 0 ? new ApiError('FORM_INCOMPLETE', problems[0].message, 0, {}, problems) : error
  const fieldError = (f: FieldKey) =>
    problems.find((p) => p.field === f)?.message ?? error?.problems.find((p) => FIELD_OF[p.code] === f)?.message

  async function save() {
    setAttempted(true)
    setSaved(false)
    const local = [checkAddress(address), mobileChoice === 'other' ? checkMobile(mobile) : null].filter(Boolean)
    if (local.length > 0) return
    const body = {
      ...(address.trim() !== (registration.address ?? '') ? { address: address.trim() } : {}),
      ...(mobileChoice === 'other'
        ? { mobile: mobile.trim() }
        : mobileChoice === 'login'
          ? { mobileFromLogin: true }
          : {}),
    }
    if (Object.keys(body).length === 0) {
      setError(
        new ApiError('CONTACT_NOTHING_TO_CHANGE', '您没有修改任何内容。', 0, {}, [
          { code: 'CONTACT_NOTHING_TO_CHANGE', message: '您没有修改任何内容：请修改手机号码或联系地址后再保存。' },
        ]),
      )
      return
    }
    const bodyKey = JSON.stringify(body)
    if (key.current?.body !== bodyKey) key.current = { body: bodyKey, key: newIdempotencyKey() }
    setBusy(true)
    setError(undefined)
    try {
      const r = await api.correctContact(body, key.current.key)
      key.current = undefined
      onSaved(r)
      setSaved(true)
      setAttempted(false)
      setMobile('')
      setMobileChoice('keep')
      setAddress(r.address ?? '')
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="card" id="contact-correction" {...a11y('region', '更正联系方式')}>
      <Text className="card-title" {...a11y('heading')}>
        更正联系方式
      </Text>
      <Text className="muted block-text">
        手机号码或联系地址有变化时，可在此更正（经办机构用它们联系您）。姓名、身份证号码等须到社保经办机构更正。
      </Text>
      {saved && (
        <Text className="ok-text block-text" id="contact-saved" {...a11y('status')}>
          ✓ 已更正，以后经办机构将按新的联系方式联系您。
        </Text>
      )}
      {!open ? (
        <Button
          id="contact-open"
          className="btn btn-secondary"
          onClick={() => setOpen(true)}
          {...a11y('button', '更正手机号码或联系地址')}
        >
          更正手机号码或联系地址
        </Button>
      ) : (
        <View>
          <ErrorSummary error={shown} id="contact-errors" />
          <Field label="手机号码" id="contact-mobile" error={fieldError('mobile')}>
            <ChoiceList
              id="contact-mobile-choice"
              label="手机号码"
              options={[
                { value: 'keep' as const, label: `不修改（${registration.mobileMasked ?? '未登记'}）` },
                ...(loginPhone ? [{ value: 'login' as const, label: `改用登录手机号 ${loginPhone}` }] : []),
                { value: 'other' as const, label: '改为其他号码' },
              ]}
              value={mobileChoice}
              onChange={(v) => {
                setMobileChoice(v)
                setError(undefined)
              }}
            />
            {mobileChoice === 'other' && (
              <Input
                id="contact-mobile-input"
                className="field-input"
                type="number"
                maxlength={11}
                placeholder="请输入11位手机号码"
                value={mobile}
                onInput={(e) => {
                  setMobile(e.detail.value.replace(/\D/g, ''))
                  setError(undefined)
                }}
                aria-label="新手机号码"
              />
            )}
          </Field>
          <Field
            label="联系地址"
            id="contact-address"
            error={fieldError('address')}
            hint="请填写到街道门牌号，5至100个字。"
          >
            <Input
              id="contact-address-input"
              className="field-input"
              maxlength={ADDRESS_MAX * 2}
              value={address}
              onInput={(e) => {
                setAddress(e.detail.value)
                setError(undefined)
              }}
              aria-label="联系地址"
            />
            <Text className={`field-counter ${addressLength(address) > ADDRESS_MAX ? 'field-counter-over' : ''}`}>
              {addressLength(address)}/{ADDRESS_MAX} 字
            </Text>
          </Field>
          <Button
            id="contact-save"
            className={`btn btn-primary ${busy ? 'btn-disabled' : ''}`}
            disabled={busy}
            onClick={() => void save()}
            {...a11y('button', '保存更正')}
          >
            {busy ? '正在保存…' : '保存更正'}
          </Button>
          <Button className="btn btn-plain" onClick={() => setOpen(false)} {...a11y('button', '收起')}>
            收起
          </Button>
        </View>
      )}
    </View>
  )
}
