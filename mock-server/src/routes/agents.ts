import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { AppContext } from '../context'
import { AddPersonBody, BoundPerson, BoundPersonList, OkBody, RefParams } from '../../../src/api/schema'
import { accountOf } from '../plugins/auth'
import { accountRateLimit } from '../plugins/rate-limits'
import * as svc from '../services/agents'
import { bearer, errors } from './_shared'

export async function agentRoutes(parent: FastifyInstance, ctx: AppContext) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  app.post(
    '/api/agents/people',
    {
      onRequest: [app.authenticate],
      // no enumerating ID numbers: look-ups are limited per account (token) per minute
      config: {
        rateLimit: accountRateLimit(ctx.config.rateLookupMax),
      },
      schema: {
        tags: ['proxy'],
        summary: '代他人核定：添加代办对象（姓名 + 身份证号；须已参保且姓名一致）',
        security: bearer,
        body: AddPersonBody,
        response: { 200: BoundPerson, 201: BoundPerson, ...errors },
      },
    },
    async (req, reply) => {
      const out = await svc.addPerson(ctx, accountOf(req), req.body.name, req.body.idNumber)
      return reply.code(out.status).send(out.body)
    },
  )
  app.get(
    '/api/agents/people',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['proxy'],
        summary: '代办对象列表（已脱敏）',
        security: bearer,
        response: { 200: BoundPersonList, ...errors },
      },
    },
    async (req) => svc.listPeople(ctx, accountOf(req)),
  )
  app.delete(
    '/api/agents/people/:ref',
    {
      onRequest: [app.authenticate],
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
}
