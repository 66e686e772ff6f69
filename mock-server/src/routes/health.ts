import type { FastifyInstance } from 'fastify'
import { Health } from '../../../src/api/schema'
import type { AppContext } from '../context'

export async function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: '服务状态', response: { 200: Health } } },
    async () => ({
      status: 'ok' as const,
      service: 'zhijianban mock agency + tax',
      version: ctx.version,
      today: ctx.clock.today(),
      database: ctx.databaseDescription,
    }),
  )
}
