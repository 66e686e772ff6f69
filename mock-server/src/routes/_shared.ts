/** Pieces every route file uses: error responses, the idempotency header, security tags. */
import { Type } from '@sinclair/typebox'
import type { FastifyReply } from 'fastify'
import type { AppContext } from '../context'
import { ErrorBody } from '../../../src/api/schema'

export const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  422: ErrorBody,
  429: ErrorBody,
}

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 128,
      pattern: '^[A-Za-z0-9_.:-]+$',
      description: '幂等键：重试时使用同一值',
    }),
  ),
})

/** What every route plugin is registered with: app.register(xRoutes, { prefix: '/api/x', ctx }). */
export interface RouteOptions {
  ctx: AppContext
}

export const bearer = [{ bearer: [] }]
export const admin = [{ admin: [] }]

/** Sends a service Outcome; every idempotent endpoint marks replays with `Idempotent-Replayed: true`. */
export function sendOutcome(reply: FastifyReply, out: { status: number; body: unknown; replayed?: boolean }) {
  return reply
    .code(out.status)
    .header('idempotent-replayed', out.replayed ? 'true' : 'false')
    .send(out.body)
}
