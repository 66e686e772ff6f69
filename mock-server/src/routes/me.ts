import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { AppContext } from '../context'
import { Account, ActivityList, DeleteAccountBody, DeleteAccountResult, IdentityBody } from '../../../src/api/schema'
import { accountOf } from '../plugins/auth'
import { accountRateLimit } from '../plugins/rate-limits'
import * as auth from '../services/auth'
import { myActivity } from '../services/activity'
import { deleteAccount } from '../services/account-deletion'
import { bearer, errors } from './_shared'

export async function meRoutes(parent: FastifyInstance, ctx: AppContext) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/me',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['account'],
        summary: '当前账号（身份证号已脱敏）',
        security: bearer,
        response: { 200: Account, ...errors },
      },
    },
    async (req) => auth.describeAccount(ctx, accountOf(req)),
  )
  app.post(
    '/api/me/identity',
    {
      onRequest: [app.authenticate],
      config: {
        rateLimit: accountRateLimit(ctx.config.rateLookupMax),
      },
      schema: {
        tags: ['account'],
        summary: '实名认证：绑定姓名 + 身份证号',
        security: bearer,
        body: IdentityBody,
        response: { 200: Account, ...errors },
      },
    },
    async (req) => auth.bindIdentity(ctx, accountOf(req), req.body.name, req.body.idNumber),
  )
  app.get(
    '/api/me/activity',
    {
      onRequest: [app.authenticate],
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
    '/api/me',
    {
      onRequest: [app.authenticate],
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
