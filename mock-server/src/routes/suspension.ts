import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import {
  PersonRefQuery,
  RegistrationStatus,
  ResumeBody,
  SuspendBody,
  SuspensionCheck,
  SuspensionOptions,
} from '../../../src/api/schema'
import { accountOf } from '../plugins/auth'
import * as svc from '../services/suspension'
import { bearer, errors, IdempotencyHeaders, sendOutcome, type RouteOptions } from './_shared'

export async function suspensionRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // every route of this area is for a signed-in account
  app.addHook('onRequest', app.authenticate)
  app.post(
    '',
    {
      schema: {
        tags: ['suspension'],
        summary: '停保（原因 + 停保日期）；支持 Idempotency-Key',
        security: bearer,
        headers: IdempotencyHeaders,
        body: SuspendBody,
        response: { 200: RegistrationStatus, ...errors },
      },
    },
    async (req, reply) => {
      const out = await svc.suspendPerson(ctx, accountOf(req), req.body, req.headers['idempotency-key'])
      return sendOutcome(reply, out)
    },
  )
  app.post(
    '/resume',
    {
      schema: {
        tags: ['suspension'],
        summary: '续保；支持 Idempotency-Key',
        security: bearer,
        headers: IdempotencyHeaders,
        body: ResumeBody,
        response: { 200: RegistrationStatus, ...errors },
      },
    },
    async (req, reply) => {
      const out = await svc.resumePerson(ctx, accountOf(req), req.body.personRef, req.headers['idempotency-key'])
      return sendOutcome(reply, out)
    },
  )
  app.get(
    '/options',
    {
      schema: {
        tags: ['suspension'],
        summary: '停保表单的可选项：停保原因（本人不含“参保人死亡”）与可选停保日期范围',
        security: bearer,
        querystring: PersonRefQuery,
        response: { 200: SuspensionOptions, ...errors },
      },
    },
    async (req) => svc.suspensionOptions(ctx, accountOf(req), req.query.personRef),
  )
  app.post(
    '/check',
    {
      schema: {
        tags: ['suspension'],
        summary: '停保预检（与 POST /api/suspension 同一判断，不保存）：确认前先告知能否办理',
        security: bearer,
        body: SuspendBody,
        response: { 200: SuspensionCheck, ...errors },
      },
    },
    async (req) => svc.checkSuspension(ctx, accountOf(req), req.body),
  )
}
