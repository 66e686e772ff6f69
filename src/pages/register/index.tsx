import { useCallback, useEffect, useState } from 'react'
import { View, Text, Button, Input, Picker } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { ApiError, toApiError } from '@/api/client'
import type { Region, RegisterBody, RegistrationStatus } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { CheckRow, ChoiceList, Field, InfoRow } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { StatusTag } from '@/components/StatusTag'
import { Steps } from '@/components/Steps'
import { formatMonthZh } from '@/domain'
import {
  ADDRESS_MAX,
  ADDRESS_MIN,
  DEFAULT_ETHNICITY,
  ETHNICITIES,
  HUKOU_TYPES,
  MOBILE_RE,
  hukouTypeLabel,
  type HukouType,
} from '@/domain/ethnicities'
import { Route } from '@/routes'
import { useSession } from '@/store/session'
import { a11y } from '@/utils/a11y'
import { useRequireLogin } from '@/utils/auth'
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
  MOBILE_REQUIRED: 'mobile',
  MOBILE_INVALID: 'mobile',
}

const POST_TYPES = [
  { value: 'cadre', label: '干部（管理）岗位', hint: '原法定退休年龄为55周岁。' },
  { value: 'worker', label: '工人岗位', hint: '原法定退休年龄为50周岁。' },
] as const

interface Form {
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

export default function Register() {
  const pageClass = usePageClass()
  const { ready } = useRequireLogin()
  const identity = useSession((s) => s.account?.identity)
  const [data, setData] = useState<Data>()
  const [loadError, setLoadError] = useState<ApiError>()
  const [stage, setStage] = useState<Stage>('notice')
  const [agreed, setAgreed] = useState(false)
  const [form, setForm] = useState<Form>(EMPTY_FORM)
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldKey, string>>>({})
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ action: 'REGISTERED' | 'REGION_CHANGED'; registration: RegistrationStatus }>()

  const load = useCallback(async () => {
    setLoadError(undefined)
    try {
      const [registration, regions] = await Promise.all([api.registration(), api.regions()])
      setData({ registration, regions: regions.regions, today: regions.today })
      setStage((s) => (s === 'done' || s === 'form' ? s : registration.registered ? 'view' : 'notice'))
    } catch (e) {
      setLoadError(toApiError(e))
    } finally {
      Taro.stopPullDownRefresh()
    }
  }, [])

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])
  usePullDownRefresh(() => void load())

  if (!ready || (!data && !loadError)) return <PageState loading />
  if (!data) return <PageState error={loadError} onRetry={() => void load()} />

  const regions = data.regions
  const regionIndex = regions.findIndex((r) => r.code === form.region)
  const region = regionIndex >= 0 ? regions[regionIndex] : undefined
  const districtIndex = region ? region.districts.findIndex((d) => d.code === form.district) : -1
  const current = data.registration
  const currentRegion = regions.find((r) => r.code === current.region)
  const changing = current.registered
  const ethnicityIndex = ETHNICITIES.indexOf(form.ethnicity as (typeof ETHNICITIES)[number])
  const hukouIndex = HUKOU_TYPES.findIndex((h) => h.value === form.hukouType)
  /** On a region change a blank mobile keeps the stored one (the app only sees it masked). */
  const keepMobile = changing && !!current.mobileMasked

  const set = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }))
    const cleared = { ...fieldErrors }
    for (const k of Object.keys(patch) as (keyof Form)[]) delete cleared[k]
    if ('region' in patch) delete cleared.district
    setFieldErrors(cleared)
  }

  function validate(): { code: string; message: string; field: FieldKey }[] {
    const problems: { code: string; message: string; field: FieldKey }[] = []
    if (!form.category)
      problems.push({ code: 'CATEGORY', field: 'category', message: '请选择参保身份（三种中符合您情况的一种）。' })
    if (!form.region) problems.push({ code: 'REGION', field: 'region', message: '请选择参保地区。' })
    else if (region && region.districts.length > 0 && !form.district)
      problems.push({ code: 'DISTRICT', field: 'district', message: '请选择参保区县（您工作或居住所在的区县）。' })
    if (!form.employee)
      problems.push({ code: 'EMPLOYEE', field: 'employee', message: '请回答您目前是否在单位参加职工养老保险。' })
    if (ethnicityIndex < 0) problems.push({ code: 'ETHNICITY', field: 'ethnicity', message: '请选择民族。' })
    const address = form.address.trim()
    if (!address) problems.push({ code: 'ADDRESS', field: 'address', message: '请填写联系地址。' })
    else if (Array.from(address).length < ADDRESS_MIN || Array.from(address).length > ADDRESS_MAX)
      problems.push({
        code: 'ADDRESS',
        field: 'address',
        message: `联系地址须为${ADDRESS_MIN}至${ADDRESS_MAX}个字，请填写到街道门牌号。`,
      })
    const mobile = form.mobile.trim()
    if (!mobile && !keepMobile)
      problems.push({ code: 'MOBILE', field: 'mobile', message: '请填写手机号码（11位，以1开头）。' })
    else if (mobile && !MOBILE_RE.test(mobile))
      problems.push({ code: 'MOBILE', field: 'mobile', message: '手机号码格式不正确，请输入11位手机号码（以1开头）。' })
    return problems
  }

  async function submit() {
    const problems = validate()
    if (problems.length > 0) {
      setFieldErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])))
      setError(
        new ApiError(
          'FORM_INCOMPLETE',
          problems[0].message,
          0,
          {},
          problems.map(({ code, message }) => ({ code, message })),
        ),
      )
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
      ...(form.mobile.trim() ? { mobile: form.mobile.trim() } : {}),
      ...(form.hukouType ? { hukouType: form.hukouType } : {}),
    }
    setBusy(true)
    setError(undefined)
    setFieldErrors({})
    try {
      const r = await api.register(body)
      setResult(r)
      setStage('done')
      setData((d) => (d ? { ...d, registration: r.registration } : d))
      // The account's "registered" flag follows.
      api
        .me()
        .then((acc) => useSession.getState().setAccount(acc))
        .catch(() => {})
    } catch (e) {
      const err = toApiError(e)
      setError(err)
      const fe: Partial<Record<FieldKey, string>> = {}
      for (const p of err.problems) {
        const f = FIELD_OF[p.code]
        if (f && !fe[f]) fe[f] = p.message
      }
      setFieldErrors(fe)
    } finally {
      setBusy(false)
    }
  }

  const stepIndex = stage === 'notice' ? 0 : stage === 'form' ? 1 : 2

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
          <Text className="notice-text">
            1.
            谁可以登记：年满16周岁、未达到法定退休年龄的灵活就业人员，可申请参加企业职工基本养老保险，不受户籍限制，可在工作地或户籍地参保。
          </Text>
          <Text className="notice-text">
            2.
            参保身份：无雇工的个体工商户；未在用人单位参加基本养老保险的非全日制从业人员；其他灵活就业人员。有雇工的个体工商户请以用人单位身份参保。
          </Text>
          <Text className="notice-text">
            3. 正在单位参加职工养老保险的，须原单位停缴（中断缴费）后再登记；已参保的无需重复登记。
          </Text>
          <Text className="notice-text">
            4.
            登记后怎么做：先办理缴费核定（选择缴费基数和缴费期间），核定信息传输到税务部门后，通过税务渠道（微信、支付宝、银行等）缴费。
          </Text>
          <Text className="notice-text">5. 请如实填写信息。出生日期和性别由您实名认证的身份证号码得出。</Text>
          <CheckRow id="notice-agree" label="我已阅读并知晓参保须知" checked={agreed} onChange={setAgreed} />
          <Button
            id="notice-next"
            className="btn btn-primary"
            disabled={!agreed}
            onClick={() => agreed && setStage('form')}
            {...a11y('button', '下一步')}
          >
            下一步
          </Button>
          {!agreed && <Text className="field-hint">请先勾选“我已阅读并知晓参保须知”。</Text>}
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
                maxlength={ADDRESS_MAX}
                placeholder="如：宁夏银川市兴庆区解放东街1号"
                value={form.address}
                onInput={(e) => set({ address: e.detail.value })}
                aria-label="联系地址"
              />
            </Field>
            <Field
              label="手机号码"
              id="mobile"
              error={fieldErrors.mobile}
              hint={
                keepMobile ? `不填写则沿用已登记的 ${current.mobileMasked}。` : '用于经办机构联系您，11位，以1开头。'
              }
            >
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
            <Field label="参保地区" id="region" error={fieldErrors.region} hint="可选择工作地或户籍地，不受户籍限制。">
              <Picker
                key={`region-${regionIndex}`}
                mode="selector"
                range={regions.map((r) => r.name)}
                value={Math.max(0, regionIndex)}
                onChange={(e) => {
                  const r = regions[Number(e.detail.value)]
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
  const district = region?.districts.find((d) => d.code === r.district)?.name
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
      <InfoRow label="参加工作时间" value={r.workStartDate ? formatDateZh(r.workStartDate) : '—'} id="reg-work-start" />
      <InfoRow
        label="法定退休年月"
        value={r.retirementMonth ? formatMonthZh(r.retirementMonth) : '—'}
        id="reg-retirement"
      />
    </View>
  )
}
