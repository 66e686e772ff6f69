import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Health } from '../../../src/api/schema'
import type { RouteOptions } from './_shared'

export async function healthRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  app.get('', { schema: { tags: ['system'], summary: '服务状态', response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
    service: 'zhijianban mock agency + tax',
    version: ctx.version,
    today: ctx.clock.today(),
    database: ctx.databaseDescription,
  }))
}
