import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { ContactBody, PersonRefQuery, RegisterBody, RegisterResult, RegistrationStatus } from '../../../src/api/schema'
import { accountOf } from '../plugins/auth'
import * as svc from '../services/registration'
import { bearer, errors, IdempotencyHeaders, type RouteOptions } from './_shared'

export async function registrationRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // every route of this area is for a signed-in account
  app.addHook('onRequest', app.authenticate)
  app.post(
    '',
    {
      schema: {
        tags: ['registration'],
        summary: '参保登记 / 变更参保地（出生日期与性别取自身份证号）',
        security: bearer,
        body: RegisterBody,
        response: { 200: RegisterResult, 201: RegisterResult, ...errors },
      },
    },
    async (req, reply) => {
      const out = await svc.registerPerson(ctx, accountOf(req), req.body)
      return reply.code(out.status).send(out.body)
    },
  )
  app.get(
    '',
    {
      schema: {
        tags: ['registration'],
        summary: '参保状态（本人或代办对象）',
        security: bearer,
        querystring: PersonRefQuery,
        response: { 200: RegistrationStatus, ...errors },
      },
    },
    async (req) => svc.getStatus(ctx, accountOf(req), req.query.personRef),
  )
  app.patch(
    '/contact',
    {
      schema: {
        tags: ['registration'],
        summary: '更正联系方式（手机号码、联系地址），与参保登记同一校验规则；支持 Idempotency-Key',
        security: bearer,
        headers: IdempotencyHeaders,
        body: ContactBody,
        response: { 200: RegistrationStatus, ...errors },
      },
    },
    async (req, reply) => {
      const out = await svc.correctContact(ctx, accountOf(req), req.body, req.headers['idempotency-key'])
      return reply.code(out.status).send(out.body)
    },
  )
  app.post(
    '/contact',
    {
      schema: {
        tags: ['registration'],
        summary:
          '（同 PATCH，供不支持 PATCH 的小程序请求）更正联系方式（手机号码、联系地址），与参保登记同一校验规则；支持 Idempotency-Key',
        security: bearer,
        headers: IdempotencyHeaders,
        body: ContactBody,
        response: { 200: RegistrationStatus, ...errors },
      },
    },
    async (req, reply) => {
      const out = await svc.correctContact(ctx, accountOf(req), req.body, req.headers['idempotency-key'])
      return reply.code(out.status).send(out.body)
    },
  )
}
