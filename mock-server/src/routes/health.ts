import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { AppContext } from '../context'

export const HealthSchema = Type.Object(
  {
    status: Type.Literal('ok'),
    service: Type.String(),
    version: Type.String(),
    today: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    database: Type.String(),
  },
  { $id: 'Health' },
)

export async function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: '服务状态', response: { 200: HealthSchema } } },
    async () => ({
      status: 'ok' as const,
      service: 'zhijianban mock agency + tax',
      version: ctx.version,
      today: ctx.clock.today(),
      database: ctx.databaseDescription,
    }),
  )
}
