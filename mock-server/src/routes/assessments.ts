import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import {
  AssessBody,
  Assessment,
  AssessmentIdParams,
  AssessmentList,
  AssessmentListQuery,
  EmptyBody,
  Quote,
} from '../../../src/api/schema'
import { accountOf } from '../plugins/auth'
import * as svc from '../services/assessments'
import { bearer, errors, IdempotencyHeaders, sendOutcome, type RouteOptions } from './_shared'

export async function assessmentRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // every route of this area is for a signed-in account
  app.addHook('onRequest', app.authenticate)
  app.post(
    '/quote',
    {
      // PostgreSQL: the registration and the records are read with the session (plugins/auth.ts)
      config: { readAhead: 'quote' },
      schema: {
        tags: ['assessments'],
        summary: '核定预览（不保存）',
        security: bearer,
        body: AssessBody,
        response: { 200: Quote, ...errors },
      },
    },
    async (req) => svc.quote(ctx, accountOf(req), req.body, req.readAhead),
  )
  app.post(
    '',
    {
      schema: {
        tags: ['assessments'],
        summary: '缴费核定（返回核定流水号）；支持 Idempotency-Key',
        security: bearer,
        headers: IdempotencyHeaders,
        body: AssessBody,
        response: { 200: Assessment, 201: Assessment, ...errors },
      },
      // PostgreSQL: the session look-up reads the create's snapshot too (one statement fewer)
      config: { readAhead: 'create' },
    },
    async (req, reply) => {
      const out = await svc.create(ctx, accountOf(req), req.body, req.headers['idempotency-key'], req.readAhead)
      return sendOutcome(reply, out)
    },
  )
  app.get(
    '',
    {
      schema: {
        tags: ['assessments'],
        summary: '核定记录列表（本人或代办对象）',
        security: bearer,
        querystring: AssessmentListQuery,
        response: { 200: AssessmentList, ...errors },
      },
    },
    async (req) => svc.list(ctx, accountOf(req), req.query.personRef, req.query.status),
  )
  app.get(
    '/:id',
    {
      schema: {
        tags: ['assessments'],
        summary: '核定记录详情',
        security: bearer,
        params: AssessmentIdParams,
        response: { 200: Assessment, ...errors },
      },
    },
    async (req) => svc.detail(ctx, accountOf(req), req.params.id),
  )
  app.post(
    '/:id/transmit',
    {
      schema: {
        tags: ['assessments'],
        summary: '传输到税务；支持 Idempotency-Key',
        security: bearer,
        headers: IdempotencyHeaders,
        params: AssessmentIdParams,
        body: EmptyBody,
        response: { 200: Assessment, ...errors },
      },
    },
    async (req, reply) => {
      const out = await svc.transmitRecord(ctx, accountOf(req), req.params.id, req.headers['idempotency-key'])
      return sendOutcome(reply, out)
    },
  )
  app.post(
    '/:id/revoke',
    {
      schema: {
        tags: ['assessments'],
        summary: '撤销核定（已传输的须先由税务撤销）；支持 Idempotency-Key',
        security: bearer,
        headers: IdempotencyHeaders,
        params: AssessmentIdParams,
        body: EmptyBody,
        response: { 200: Assessment, ...errors },
      },
    },
    async (req, reply) => {
      const out = await svc.revokeRecord(ctx, accountOf(req), req.params.id, req.headers['idempotency-key'])
      return sendOutcome(reply, out)
    },
  )
}
