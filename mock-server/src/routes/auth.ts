import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import {
  AlipayLoginBody,
  LoginResult,
  OkBody,
  SmsSendBody,
  SmsSendResult,
  SmsVerifyBody,
  WechatLoginBody,
} from '../../../src/api/schema'
import { loginRateLimit } from '../plugins/rate-limits'
import * as auth from '../services/auth'
import { bearer, errors, type RouteOptions } from './_shared'

export async function authRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // one bucket per IP for every login route together (plugins/rate-limits.ts)
  const rateLimit = loginRateLimit(ctx.config.rateLoginMax)
  app.post(
    '/wechat',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: '微信登录（Taro.login 的 code → 模拟 openid）',
        body: WechatLoginBody,
        response: { 200: LoginResult, ...errors },
      },
    },
    async (req) => auth.loginWechat(ctx, req.body.code),
  )
  app.post(
    '/alipay',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: '支付宝登录（authCode → 模拟 user_id）',
        body: AlipayLoginBody,
        response: { 200: LoginResult, ...errors },
      },
    },
    async (req) => auth.loginAlipay(ctx, req.body.authCode),
  )
  app.post(
    '/sms/send',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'H5：发送短信验证码（模拟短信；每个手机号每分钟1次、每天有上限）',
        body: SmsSendBody,
        response: { 200: SmsSendResult, ...errors },
      },
    },
    async (req) => auth.sendSms(ctx, req.body.phone),
  )
  app.post(
    '/sms/verify',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'H5：手机号 + 验证码登录',
        body: SmsVerifyBody,
        response: { 200: LoginResult, ...errors },
      },
    },
    async (req) => auth.verifySms(ctx, req.body.phone, req.body.code),
  )
  app.post(
    '/logout',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['auth'],
        summary: '退出登录（令牌作废）',
        security: bearer,
        response: { 200: OkBody, ...errors },
      },
    },
    async (req) => auth.logout(ctx, req.tokenHash as string),
  )
}
