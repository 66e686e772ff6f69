/**
 * The simulated outside world, for development and tests only (ADMIN_TOKEN, like the tax side):
 *   POST /api/sim/identity/people    put a person (name, ID, mobile) into the simulated carrier register
 *   POST /api/sim/platform/users     make a WeChat/Alipay platform user (optionally with a platform real name)
 *                                    and issue a login code for it; with platformUserId: a fresh code for that user
 *   GET  /api/sim/sms[?phone=]       the simulated SMS outbox (codes included) — not served when codes are hidden
 *                                    (DEV_SHOW_CODE=0, the default with NODE_ENV=production)
 * A real deployment has no such routes: its register is the carriers', its users the platforms'.
 */
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { serverError } from '../errors'
import { isDevelopment, providers } from '../providers'
import { newPlatformUserId } from '../providers/identity/simulated'
import { simRepo } from '../storage'
import {
  OkBody,
  SimPersonBody,
  SimPlatformUser,
  SimPlatformUserBody,
  SimSmsList,
  SimSmsQuery,
} from '../../../src/api/schema'
import { validateId } from '../services/rules'
import { admin, errors, type RouteOptions } from './_shared'

export async function simRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // every route of this area is behind ADMIN_TOKEN
  app.addHook('onRequest', app.requireAdmin)
  const sim = () => {
    const s = providers(ctx).simulation
    if (!s) throw serverError(404, 'NOT_FOUND')
    return s
  }
  app.post(
    '/identity/people',
    {
      schema: {
        tags: ['simulation'],
        summary: '模拟运营商登记：加入一名人员（姓名、身份证号、手机号）',
        security: admin,
        body: SimPersonBody,
        response: { 200: OkBody, ...errors },
      },
    },
    async (req) => {
      const id = validateId(req.body.idNumber, ctx.clock.today())
      if (!id.ok) throw serverError(422, 'VALIDATION_FAILED', { field: 'idNumber' })
      const ok = await sim().enrolPerson(ctx.db, { ...req.body, idNumber: id.value.id })
      if (!ok) throw serverError(409, 'VALIDATION_FAILED', { reason: 'ID_NUMBER_ENROLLED_DIFFERENTLY' })
      return { ok: true as const }
    },
  )
  app.post(
    '/platform/users',
    {
      schema: {
        tags: ['simulation'],
        summary: '模拟微信/支付宝：建立平台用户（可带平台实名信息）并签发一次性登录 code',
        security: admin,
        body: SimPlatformUserBody,
        response: { 200: SimPlatformUser, ...errors },
      },
    },
    async (req) => {
      const { channel, name, idNumber } = req.body
      const uid = req.body.platformUserId ?? newPlatformUserId(channel)
      const known = await simRepo.platformUserFind(ctx.db, channel, uid)
      if (!known || name || idNumber) {
        if (!!name !== !!idNumber) throw serverError(400, 'VALIDATION_FAILED', { fields: ['name', 'idNumber'] })
        await sim().enrolPlatformUser(ctx.db, channel, uid, name && idNumber ? { name, idNumber } : null)
      }
      return { platformUserId: uid, code: await sim().issueCode(ctx.db, channel, uid) }
    },
  )
  if (isDevelopment(ctx)) {
    app.get(
      '/sms',
      {
        schema: {
          tags: ['simulation'],
          summary: '模拟短信发件箱（仅开发模式）',
          security: admin,
          querystring: SimSmsQuery,
          response: { 200: SimSmsList, ...errors },
        },
      },
      async (req) => ({
        items: (await simRepo.smsList(ctx.db, req.query.phone, 50)).map((m) => ({
          at: m.at,
          phone: m.phone,
          purpose: m.purpose,
          text: m.text,
          code: m.code,
        })),
      }),
    )
  }
}
