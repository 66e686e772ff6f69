import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import {
  Account,
  ActivityList,
  DeleteAccountBody,
  DeleteAccountResult,
  IncomingRequestList,
  MessageList,
  MobileCheckBody,
  MobileCheckStarted,
  MobileConfirmBody,
  MyAgentList,
  OkBody,
  PlatformIdentityBody,
  PlatformIdentityPreview,
  RefParams,
} from '../../../src/api/schema'
import * as identity from '../services/identity'
import * as agents from '../services/agents'
import { myMessages } from '../services/notices'
import { accountOf } from '../plugins/auth'
import { accountRateLimit } from '../plugins/rate-limits'
import * as auth from '../services/auth'
import { myActivity } from '../services/activity'
import { deleteAccount } from '../services/account-deletion'
import { bearer, errors, type RouteOptions } from './_shared'

export async function meRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // every route of this area is for a signed-in account
  app.addHook('onRequest', app.authenticate)
  app.get(
    '',
    {
      schema: {
        tags: ['account'],
        summary: '当前账号（身份证号已脱敏）',
        security: bearer,
        response: { 200: Account, ...errors },
      },
    },
    async (req) => auth.describeAccount(ctx, accountOf(req)),
  )
  // identity binds and consent codes: limited per signed-in account (resolved in preHandler, not header text)
  // one bucket per signed-in account (resolved in preHandler, never the header text): plugins/rate-limits.ts
  const perAccount = { rateLimit: accountRateLimit(ctx.config.rateLookupMax) }
  app.post(
    '/identity/mobile',
    {
      config: perAccount,
      schema: {
        tags: ['account'],
        summary: '实名认证（网页）：手机号三要素核验，通过后向该手机号发送验证码',
        description: '姓名、身份证号与手机号须为运营商登记的同一人；不一致统一答复 IDENTITY_NOT_VERIFIED。',
        security: bearer,
        body: MobileCheckBody,
        response: { 200: MobileCheckStarted, ...errors },
      },
    },
    async (req) => identity.startMobileCheck(ctx, accountOf(req), req.body),
  )
  app.post(
    '/identity/mobile/confirm',
    {
      config: perAccount,
      schema: {
        tags: ['account'],
        summary: '实名认证（网页）：输入短信验证码，完成实名绑定',
        security: bearer,
        body: MobileConfirmBody,
        response: { 200: Account, ...errors },
      },
    },
    async (req) => identity.confirmMobileCheck(ctx, accountOf(req), req.body.checkId, req.body.code),
  )
  app.get(
    '/identity/platform',
    {
      schema: {
        tags: ['account'],
        summary: '实名认证（微信/支付宝）：平台将提供的实名信息（已脱敏），供用户授权前查看',
        security: bearer,
        response: { 200: PlatformIdentityPreview, ...errors },
      },
    },
    async (req) => identity.platformPreview(ctx, accountOf(req)),
  )
  app.post(
    '/identity/platform',
    {
      config: perAccount,
      schema: {
        tags: ['account'],
        summary: '实名认证（微信/支付宝）：用户授权使用平台实名信息，完成实名绑定',
        security: bearer,
        body: PlatformIdentityBody,
        response: { 200: Account, ...errors },
      },
    },
    async (req) => identity.bindPlatform(ctx, accountOf(req)),
  )
  app.get(
    '/messages',
    {
      schema: {
        tags: ['account'],
        summary: '消息：代办人为我办理的业务、代办请求与授权变化（代办人已脱敏）',
        security: bearer,
        response: { 200: MessageList, ...errors },
      },
    },
    async (req) => myMessages(ctx, accountOf(req)),
  )
  app.get(
    '/agent-requests',
    {
      schema: {
        tags: ['proxy'],
        summary: '待我确认的代办请求',
        security: bearer,
        response: { 200: IncomingRequestList, ...errors },
      },
    },
    async (req) => agents.listIncoming(ctx, accountOf(req)),
  )
  app.post(
    '/agent-requests/:ref/approve',
    {
      schema: {
        tags: ['proxy'],
        summary: '同意代办请求（授权一年，可随时结束）',
        security: bearer,
        params: RefParams,
        response: { 200: OkBody, ...errors },
      },
    },
    async (req) => agents.approveIncoming(ctx, accountOf(req), req.params.ref),
  )
  app.post(
    '/agent-requests/:ref/decline',
    {
      schema: {
        tags: ['proxy'],
        summary: '拒绝代办请求',
        security: bearer,
        params: RefParams,
        response: { 200: OkBody, ...errors },
      },
    },
    async (req) => agents.declineIncoming(ctx, accountOf(req), req.params.ref),
  )
  app.get(
    '/agents',
    {
      schema: {
        tags: ['proxy'],
        summary: '谁可以为我办理：我的全部代办授权（范围、到期时间）',
        security: bearer,
        response: { 200: MyAgentList, ...errors },
      },
    },
    async (req) => agents.listMyAgents(ctx, accountOf(req)),
  )
  app.delete(
    '/agents/:ref',
    {
      schema: {
        tags: ['proxy'],
        summary: '结束某位代办人的授权（随时可结束）',
        security: bearer,
        params: RefParams,
        response: { 200: OkBody, ...errors },
      },
    },
    async (req) => agents.endMyAgent(ctx, accountOf(req), req.params.ref),
  )
  app.get(
    '/activity',
    {
      schema: {
        tags: ['account'],
        summary: '与我有关的办理记录（含代办人办理）',
        security: bearer,
        response: { 200: ActivityList, ...errors },
      },
    },
    async (req) => myActivity(ctx, accountOf(req)),
  )
  app.delete(
    '',
    {
      schema: {
        tags: ['account'],
        summary: '注销账号：删除本账号的个人信息（经办机构依法保存的参保与核定记录保留，但不再与本账号关联）',
        description:
          '须提交 {"confirm":"注销"}。删除：登录令牌、实名绑定、代办关系（作为代办人）、幂等记录、该手机号的验证码；审计记录保留但以“已注销用户#…”代替办理人，并去除其中的姓名与身份证号。',
        security: bearer,
        body: DeleteAccountBody,
        response: { 200: DeleteAccountResult, ...errors },
      },
    },
    async (req) => deleteAccount(ctx, accountOf(req)),
  )
}
