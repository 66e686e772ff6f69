import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { RouteOptions } from './_shared'
import { RegionList } from '../../../src/api/schema'
import { listRegionsFor } from '../services/regions'

export async function regionRoutes(parent: FastifyInstance, { ctx }: RouteOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '',
    {
      schema: {
        tags: ['regions'],
        summary: '参保地区及其参数（输入方式、上下限、档次、可核定月份、申报期、暂定标志）',
        response: { 200: RegionList },
      },
    },
    async () => listRegionsFor(ctx),
  )
}
