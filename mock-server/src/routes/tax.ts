import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { AssessmentIdParams, TaxAssessment, TaxAssessmentList, TaxListQuery } from '../../../src/api/schema'
import * as svc from '../services/assessments'
import { admin, errors, type RouteOptions } from './_shared'

/** The simulated tax bureau: behind ADMIN_TOKEN, separate from user accounts. */
export async function taxRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  // every route of this area is behind ADMIN_TOKEN
  app.addHook('onRequest', app.requireAdmin)
  app.get(
    '/assessments',
    {
      schema: {
        tags: ['tax (simulation)'],
        summary: '税务端：核定列表',
        security: admin,
        querystring: TaxListQuery,
        response: { 200: TaxAssessmentList, ...errors },
      },
    },
    async (req) => svc.taxList(ctx, req.query.status),
  )
  app.post(
    '/assessments/:id/paid',
    {
      schema: {
        tags: ['tax (simulation)'],
        summary: '税务端：标记已缴费',
        security: admin,
        params: AssessmentIdParams,
        response: { 200: TaxAssessment, ...errors },
      },
    },
    async (req) => svc.taxAct(ctx, req.params.id, 'paid'),
  )
  app.post(
    '/assessments/:id/tax-revoke',
    {
      schema: {
        tags: ['tax (simulation)'],
        summary: '税务端：撤销（之后社保核定可撤销）',
        security: admin,
        params: AssessmentIdParams,
        response: { 200: TaxAssessment, ...errors },
      },
    },
    async (req) => svc.taxAct(ctx, req.params.id, 'tax-revoke'),
  )
}
