import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { AppContext } from '../context'
import { RegistrationStatus, ResumeBody, SuspendBody } from '../../../src/api/schema'
import { accountOf } from '../plugins/auth'
import * as svc from '../services/suspension'
import { bearer, errors, IdempotencyHeaders, sendOutcome } from './_shared'

export async function suspensionRoutes(parent: FastifyInstance, ctx: AppContext) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  app.post(
    '/api/suspension',
    {
      onRequest: [app.authenticate],
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
    '/api/suspension/resume',
    {
      onRequest: [app.authenticate],
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
}
