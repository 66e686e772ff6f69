import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import {
  AddPersonBody,
  BoundPerson,
  BoundPersonList,
  ConsentCodeBody,
  OkBody,
  ProxyRequest,
  ProxyRequestList,
  RefParams,
} from '../../../src/api/schema'
import { accountOf } from '../plugins/auth'
import { accountRateLimit } from '../plugins/rate-limits'
import * as svc from '../services/agents'
import { bearer, errors, type RouteOptions } from './_shared'

export async function agentRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // every route of this area is for a signed-in account
  app.addHook('onRequest', app.authenticate)
  // no enumerating ID numbers: look-ups and consent codes are limited per signed-in account (resolved, not header text)
  // one bucket per signed-in account (resolved in preHandler, never the header text): plugins/rate-limits.ts
  const perAccount = { rateLimit: accountRateLimit(ctx.config.rateLookupMax) }
  app.post(
    '/people',
    {
      config: perAccount,
      schema: {
        tags: ['proxy'],
        summary: '代他人核定：发起代办请求（姓名 + 身份证号 + 关系），须TA本人同意后生效',
        description:
          '无法发起时统一答复 PROXY_TARGET_UNAVAILABLE（不透露TA是否参保）；已是代办人答 409 AGENT_ALREADY_BOUND（detail.ref）；同一对象已有待确认请求时返回该请求（200）。',
        security: bearer,
        body: AddPersonBody,
        response: { 200: ProxyRequest, 201: ProxyRequest, ...errors },
      },
    },
    async (req, reply) => {
      const out = await svc.requestBinding(ctx, accountOf(req), req.body)
      return reply.code(out.status).send(out.body)
    },
  )
  app.get(
    '/people',
    {
      schema: {
        tags: ['proxy'],
        summary: '代办对象列表（已同意、未到期；已脱敏）',
        security: bearer,
        response: { 200: BoundPersonList, ...errors },
      },
    },
    async (req) => svc.listPeople(ctx, accountOf(req)),
  )
  app.delete(
    '/people/:ref',
    {
      schema: {
        tags: ['proxy'],
        summary: '移除代办对象',
        security: bearer,
        params: RefParams,
        response: { 200: OkBody, ...errors },
      },
    },
    async (req) => svc.removePerson(ctx, accountOf(req), req.params.ref),
  )
  app.get(
    '/requests',
    {
      schema: {
        tags: ['proxy'],
        summary: '我发起的代办请求（待对方确认及近30天已处理的）',
        security: bearer,
        response: { 200: ProxyRequestList, ...errors },
      },
    },
    async (req) => svc.listRequests(ctx, accountOf(req)),
  )
  app.post(
    '/requests/:ref/sms',
    {
      config: perAccount,
      schema: {
        tags: ['proxy'],
        summary: '向TA登记的手机号码发送（或重新发送）确认码短信',
        security: bearer,
        params: RefParams,
        response: { 200: ProxyRequest, ...errors },
      },
    },
    async (req) => svc.sendConsentCode(ctx, accountOf(req), req.params.ref),
  )
  app.post(
    '/requests/:ref/confirm',
    {
      config: perAccount,
      schema: {
        tags: ['proxy'],
        summary: '输入TA告知的短信确认码，代办授权生效',
        security: bearer,
        params: RefParams,
        body: ConsentCodeBody,
        response: { 200: BoundPerson, ...errors },
      },
    },
    async (req) => svc.confirmByCode(ctx, accountOf(req), req.params.ref, req.body.code),
  )
  app.delete(
    '/requests/:ref',
    {
      schema: {
        tags: ['proxy'],
        summary: '撤回待确认的代办请求',
        security: bearer,
        params: RefParams,
        response: { 200: OkBody, ...errors },
      },
    },
    async (req) => svc.cancelRequest(ctx, accountOf(req), req.params.ref),
  )
}
