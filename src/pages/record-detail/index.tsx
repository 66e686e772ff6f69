import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import { ApiError, toApiError } from '@/api/client'
import { api, newIdempotencyKey } from '@/api/endpoints'
import { regionsOnce } from '@/utils/regions'
import type { Assessment } from '@/api/schema'
import { MONTH_KIND_LABEL } from '@/components/AssessmentPreview'
import { ErrorSummary } from '@/components/ErrorSummary'
import { isPermanent, PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { StatusTag } from '@/components/StatusTag'
import { formatYuan } from '@/domain/money'
import { formatMonthZh, formatPeriodZh } from '@/domain/month'
import { Route } from '@/routes'
import { a11y } from '@/utils/a11y'
import { useRequireLogin } from '@/routing/auth'
import { actorLabel, formatChinaTime } from '@/utils/format'
import { useSession } from '@/store/session'
import { go } from '@/utils/nav'
import '@/components/flow.css'
import './index.css'
import { usePageClass } from '@/store/prefs'

const BASE_KIND: Record<string, string> = {
  percent: '社平工资百分比',
  declared_wage: '申报月工资收入',
  tier: '缴费档次',
  amount: '自选金额',
}
/** The headline over the amount: what the money is in this status (not "应缴" once paid or revoked). */
const TOTAL_LABEL: Record<Assessment['status'], string> = {
  CREATED: '合计应缴',
  TRANSMITTED: '合计应缴（已传输税务，待缴费）',
  PAID: '已缴金额',
  REVOKED: '已撤销（原核定金额）',
}
const FREQUENCY: Record<string, string> = { monthly: '按月', quarterly: '按季', yearly: '按年' }

const time = formatChinaTime

/** The same rule as the server's AssessmentIdParams: anything else cannot be a 核定流水号. */
const RECORD_ID = /^[A-Za-z0-9_-]{1,40}$/

/** A record that is not there (or a malformed link): say so in words, never the field name. */
const NOT_FOUND = () =>
  new ApiError('NOT_FOUND', '没有找到这条核定记录。链接可能已失效，请从“核定记录”列表中查看。', 404)

function baseInputText(r: Assessment): string {
  if (r.baseKind === 'percent' || r.baseKind === 'tier') return `${r.baseInput}%（${BASE_KIND[r.baseKind]}）`
  if (r.baseKind === 'declared_wage') return `${r.baseInput} 元（${BASE_KIND.declared_wage}）`
  return `${r.baseInput} 元`
}

export default function RecordDetailPage() {
  const pageClass = usePageClass()
  const { ready } = useRequireLogin()
  const id = useRouter().params.id ?? ''
  const [record, setRecord] = useState<Assessment>()
  const [regionName, setRegionName] = useState('')
  const [error, setError] = useState<ApiError>()
  const [actionError, setActionError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState('')
  // one's own name in full (it is one's own); the server masks names in records
  const ownName = useSession((s) => s.account?.identity?.name ?? '')
  // One key per submission; a retry of the same action reuses it.
  const keys = useRef<{ transmit?: string; revoke?: string }>({})

  const load = useCallback(async () => {
    setError(undefined)
    if (!RECORD_ID.test(id)) {
      setError(NOT_FOUND())
      return
    }
    try {
      const [r, regions] = await Promise.all([api.assessment(id), regionsOnce().catch(() => undefined)])
      setRecord(r)
      setRegionName(regions?.regions.find((g) => g.code === r.region)?.name ?? r.region)
    } catch (e) {
      const err = toApiError(e)
      setError(isPermanent(err) ? NOT_FOUND() : err)
    }
  }, [id])

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])

  if (!ready) return <PageState loading />
  if (!record) {
    return (
      <View className={pageClass('page')}>
        <ProxyBanner />
        <PageState loading={!error} error={error} onRetry={load} />
        {error && (
          <Button
            className="btn btn-secondary btn-block"
            id="detail-to-records"
            onClick={() => go(Route.Records)}
            {...a11y('button', '查看核定记录')}
          >
            查看核定记录
          </Button>
        )}
      </View>
    )
  }

  const r = record
  const period = `${formatPeriodZh(r.start, r.end)}（共${r.months}个月）`

  const act = async (kind: 'transmit' | 'revoke') => {
    if (busy) return
    const dialog =
      kind === 'transmit'
        ? {
            title: '传输到税务',
            content: `将 ${period}、合计 ${formatYuan(r.total)} 的核定传输到税务部门缴费。传输后如需撤销，须先向税务部门申请撤销。`,
            confirmText: '确认传输',
          }
        : r.status === 'TRANSMITTED' && !r.taxRevoked
          ? {
              title: '撤销核定',
              content:
                '本核定已传输到税务部门。只有税务部门撤销后，才能在这里撤销。如您已向税务部门申请并完成撤销，请点“确认撤销”。',
              confirmText: '确认撤销',
            }
          : {
              title: '撤销核定',
              content: `撤销后本核定作废且不能恢复，${period}可以重新核定。确定撤销吗？`,
              confirmText: '确认撤销',
            }
    const answer = await Taro.showModal({ ...dialog, cancelText: '暂不' })
    if (!answer.confirm) return
    keys.current[kind] ??= newIdempotencyKey()
    setBusy(true)
    setActionError(undefined)
    setDone('')
    try {
      const next =
        kind === 'transmit'
          ? await api.transmit(r.id, keys.current[kind]!)
          : await api.revoke(r.id, keys.current[kind]!)
      setRecord(next)
      setDone(kind === 'transmit' ? '已传输到税务部门。' : 'revoked')
      keys.current[kind] = undefined
    } catch (e) {
      const err = e as ApiError
      setActionError(err)
      // A rule refusal changed nothing: the next attempt is a new submission.
      if (err.status >= 400 && err.status < 500) keys.current[kind] = undefined
      // The record may have changed elsewhere (e.g. tax side): show its current state.
      if (err.status === 409 || err.status === 422) api.assessment(r.id).then(setRecord, () => {})
    } finally {
      setBusy(false)
    }
  }

  const copyId = () => {
    Taro.setClipboardData({ data: r.id }).catch(() => {})
  }

  const canRevoke = r.status === 'CREATED' || r.status === 'TRANSMITTED'

  return (
    <View className={pageClass('page detail-page')}>
      <ProxyBanner />
      <View className="card" id="record-detail">
        <View className="record-head">
          <Text className="card-title" {...a11y('heading')}>
            核定详情
          </Text>
          <StatusTag status={r.status} />
        </View>
        <Text className="muted">核定流水号</Text>
        <View className="record-id-row">
          <Text className="record-id" id="record-id" selectable>
            {r.id}
          </Text>
          <View className="copy-btn" id="copy-id" onClick={copyId} {...a11y('button', `复制核定流水号 ${r.id}`)}>
            <Text>复制</Text>
          </View>
        </View>
        <View className={`total-box ${r.status === 'REVOKED' ? 'total-box-revoked' : ''}`}>
          <Text className="muted" id="detail-total-label">
            {TOTAL_LABEL[r.status]}
          </Text>
          <Text className="money detail-total" id="detail-total">
            {formatYuan(r.total)}
          </Text>
          {r.status === 'REVOKED' && <Text className="muted">本核定已作废，无需缴纳</Text>}
        </View>
        <Field
          label="缴费期间"
          value={
            <>
              <Text className="nowrap">{formatPeriodZh(r.start, r.end)}</Text>
              <Text className="nowrap">（共{r.months}个月）</Text>
            </>
          }
          id="detail-period"
        />
        <Field label="参保地" value={regionName} />
        {r.frequency && <Field label="缴费频次" value={FREQUENCY[r.frequency] ?? r.frequency} />}
        <Field label="月份类型" value={r.monthKinds.map((k) => MONTH_KIND_LABEL[k] ?? k).join('、')} />
        <Field label="缴费基数（您的选择）" value={baseInputText(r)} />
        <Field label="月缴费基数" value={formatYuan(r.baseMonthly)} money />
        <Field label="缴费基数合计" value={formatYuan(r.baseTotal)} money />
        <Field label="每月缴费（20%）" value={formatYuan(r.contributionMonthly)} money />
        <Field label="其中 个人账户（8%）" value={formatYuan(r.accountMonthly)} money />
        <Field label="其中 统筹基金（12%）" value={formatYuan(r.pooledMonthly)} money />
        {r.provisional && (
          <View className="notice notice-warn">
            <Text>ⓘ 本核定暂按上年度缴费基数标准核定，新标准公布后以正式标准为准，可能需要补差。</Text>
          </View>
        )}
        {r.truncatedToRetirement && (
          <View className="notice notice-info">
            <Text>ⓘ 已按法定退休年月截止，最后一个月为 {formatMonthZh(r.end)}。</Text>
          </View>
        )}
      </View>

      <View className="card">
        <Text className="card-title">缴费人与办理人</Text>
        <Field
          label="缴费人"
          value={r.owner.self ? `${ownName || r.owner.nameMasked}（本人）` : r.owner.nameMasked}
          id="detail-owner"
        />
        <Field label="身份证号" value={r.owner.idNumberMasked} />
        <Field
          label="办理人"
          value={
            r.operator.byAgent
              ? `由 ${actorLabel(r.operator.label, true)} 代办`
              : r.operator.self
                ? `${ownName || r.operator.label}（本人）`
                : actorLabel(r.operator.label, false)
          }
          id="detail-operator"
        />
      </View>

      <View className="card">
        <Text className="card-title">办理进度</Text>
        <Field label="核定时间" value={time(r.createdAt)} />
        {r.transmittedAt && <Field label="传输税务时间" value={time(r.transmittedAt)} />}
        {r.paidAt && <Field label="缴费时间" value={time(r.paidAt)} />}
        {r.taxRevokedAt && <Field label="税务撤销时间" value={time(r.taxRevokedAt)} />}
        {r.revokedAt && <Field label="撤销时间" value={time(r.revokedAt)} />}
      </View>

      {/* after a revoke the record's own note says it once (no second "已撤销" message) */}
      {done && r.status !== 'REVOKED' && (
        <View className="card" id="action-done" {...a11y('status', done)}>
          <Text className="ok-text">✓ {done}</Text>
        </View>
      )}
      {actionError && <ErrorSummary error={actionError} id="action-errors" />}

      <View className="card" id="record-actions">
        {r.status === 'CREATED' && (
          <>
            <Text className="muted">本核定尚未传输。传输到税务后，才能在税务渠道缴费；传输前可随时撤销。</Text>
            <Button
              className={`btn btn-primary btn-block ${busy ? 'btn-disabled' : ''}`}
              id="detail-transmit"
              disabled={busy}
              aria-disabled={busy ? 'true' : 'false'}
              onClick={() => act('transmit')}
              {...a11y('button', '传输到税务')}
            >
              传输到税务
            </Button>
          </>
        )}
        {r.status === 'TRANSMITTED' && !r.taxRevoked && (
          <Button
            className="btn btn-primary btn-block"
            id="detail-pay"
            onClick={() => go(Route.Cashier, { id: r.id })}
            {...a11y('button', '去缴费')}
          >
            去缴费
          </Button>
        )}
        {r.status === 'TRANSMITTED' && !r.taxRevoked && (
          <View className="notice notice-info" id="tax-revoke-howto" {...a11y('status')}>
            <Text>
              ⓘ
              本核定已传输到税务部门。如需撤销：请先向税务部门申请撤销本核定（可到办税服务厅，或通过电子税务局办理，提供核定流水号
              {r.id}）；税务部门撤销后，再回到这里点“撤销核定”。如已缴费，则不能撤销。
            </Text>
          </View>
        )}
        {r.status === 'TRANSMITTED' && r.taxRevoked && (
          <View className="notice notice-info" id="tax-revoked-note">
            <Text>ⓘ 税务部门已撤销本核定，您现在可以撤销社保核定，之后这些月份可以重新核定。</Text>
          </View>
        )}
        {r.status === 'PAID' && (
          <>
            <Text className="muted" id="paid-note">
              ✓ 本核定已缴费，不能撤销。如有疑问，请咨询 12333 或参保地社保经办机构。
            </Text>
            <Button
              className="btn btn-primary btn-block"
              id="detail-receipt"
              onClick={() => go(Route.Receipt, { id: r.id })}
              {...a11y('button', '查看缴费凭证')}
            >
              查看缴费凭证
            </Button>
          </>
        )}
        {r.status === 'REVOKED' && (
          <>
            <Text className="muted" id="revoked-note" {...a11y('status')}>
              本核定已撤销，其中的月份（{formatPeriodZh(r.start, r.end)}）可以重新核定。
            </Text>
            <Button
              className="btn btn-primary btn-block"
              onClick={() => go(Route.Assess)}
              {...a11y('button', '去缴费核定')}
            >
              去缴费核定
            </Button>
          </>
        )}
        {canRevoke && (
          <Button
            className={`btn btn-danger btn-block ${busy ? 'btn-disabled' : ''}`}
            id="detail-revoke"
            disabled={busy}
            aria-disabled={busy ? 'true' : 'false'}
            onClick={() => act('revoke')}
            {...a11y('button', '撤销核定')}
          >
            撤销核定
          </Button>
        )}
        <Button
          className="btn btn-secondary btn-block"
          onClick={() => go(Route.Records)}
          {...a11y('button', '返回核定记录')}
        >
          返回核定记录
        </Button>
      </View>
    </View>
  )
}

function Field({ label, value, id, money }: { label: string; value: ReactNode; id?: string; money?: boolean }) {
  return (
    <View className="kv" id={id}>
      <Text className="muted kv-label">{label}</Text>
      <Text className={`kv-value ${money ? 'money' : ''}`}>{value}</Text>
    </View>
  )
}
