/**
 * 算得清 (issue 14): estimate, comparison, years and history of oneself or a bound person (`personRef`);
 * the reminders (/api/reminders), 去缴费 and the 缴费凭证 (/api/assessments/:id/pay|receipt) and the public
 * voucher check (/api/vouchers) are their own areas below.
 */
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import {
  AssessmentIdParams,
  ComparisonResult,
  EmptyBody,
  EstimateResult,
  HistoryResult,
  InsightsQuery,
  PayResult,
  PersonRefQuery,
  Receipt,
  ReminderList,
  SubscribeBody,
  SubscribeResult,
  VoucherCheck,
  VoucherParams,
  YearsResult,
} from '../../../src/api/schema'
import { accountOf } from '../plugins/auth'
import * as svc from '../services/insights'
import * as pay from '../services/payments'
import { bearer, errors, IdempotencyHeaders, sendOutcome, type RouteOptions } from './_shared'

const read = (summary: string, response: unknown, querystring: unknown = PersonRefQuery) => ({
  schema: { tags: ['insights'], summary, security: bearer, querystring, response: { 200: response, ...errors } },
})

/** /api/insights */
export async function insightRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // every route of this area is for a signed-in account
  app.addHook('onRequest', app.authenticate)
  app.get(
    '/estimate',
    read('养老金测算（本人或代办对象；假设可调整）', EstimateResult, InsightsQuery) as never,
    async (req) => svc.estimate(ctx, accountOf(req), req.query as InsightsQuery),
  )
  app.get(
    '/compare',
    read(
      '档次对比：本地区每个缴费基数的每月缴费、至退休总缴费、预计养老金、回本年数',
      ComparisonResult,
      InsightsQuery,
    ) as never,
    async (req) => svc.compare(ctx, accountOf(req), req.query as InsightsQuery),
  )
  app.get(
    '/years',
    read('缴费年限：已缴和已核定月数、最低缴费年限、还差月数、达到月份', YearsResult) as never,
    async (req) => svc.years(ctx, accountOf(req), (req.query as { personRef?: string }).personRef),
  )
  app.get(
    '/history',
    read('缴费记录（按年）：每年月数与金额、断缴月份及可补缴部分', HistoryResult) as never,
    async (req) => svc.history(ctx, accountOf(req), (req.query as { personRef?: string }).personRef),
  )
}

/** /api/reminders */
export async function reminderRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // every route of this area is for a signed-in account
  app.addHook('onRequest', app.authenticate)
  app.get(
    '',
    read('提醒：下一个待缴月份、申报期（天津）、待缴费的核定、缴费年限不足', ReminderList) as never,
    async (req) => svc.reminders(ctx, accountOf(req), (req.query as { personRef?: string }).personRef),
  )
  app.post(
    '/subscriptions',
    {
      schema: {
        tags: ['insights'],
        summary: '记录订阅消息授权结果（微信 / 支付宝）',
        security: bearer,
        body: SubscribeBody,
        response: { 200: SubscribeResult, ...errors },
      },
    },
    async (req) => svc.subscribe(ctx, accountOf(req), req.body),
  )
}

/** /api/assessments/:id/pay and /receipt: the (simulated) tax cashier and its receipt */
export async function paymentRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // every route of this area is for a signed-in account
  app.addHook('onRequest', app.authenticate)
  app.post(
    '/:id/pay',
    {
      schema: {
        tags: ['assessments'],
        summary: '去缴费：税务收银台（模拟）扣款，核定变为已缴费并出具缴费凭证；支持 Idempotency-Key',
        security: bearer,
        headers: IdempotencyHeaders,
        params: AssessmentIdParams,
        body: EmptyBody,
        response: { 200: PayResult, ...errors },
      },
    },
    async (req, reply) => {
      const out = await pay.pay(ctx, accountOf(req), req.params.id, req.headers['idempotency-key'])
      return sendOutcome(reply, out)
    },
  )
  app.get(
    '/:id/receipt',
    {
      schema: {
        tags: ['assessments'],
        summary: '缴费凭证（已缴费的核定）',
        security: bearer,
        params: AssessmentIdParams,
        response: { 200: Receipt, ...errors },
      },
    },
    async (req) => pay.receipt(ctx, accountOf(req), req.params.id),
  )
}

/** /api/vouchers: public (no sign-in) */
export async function voucherRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/:voucherNo',
    {
      // public: no sign-in; limited per IP so voucher numbers cannot be enumerated
      config: { rateLimit: { max: ctx.config.rateLookupMax * 2, timeWindow: '1 minute', keyGenerator: (r) => r.ip } },
      schema: {
        tags: ['insights'],
        summary: '核验缴费凭证号（公开；只返回脱敏姓名、缴费期间和缴费日期）',
        params: VoucherParams,
        response: { 200: VoucherCheck, ...errors },
      },
    },
    async (req) => pay.checkVoucher(ctx, req.params.voucherNo),
  )
}
