/**
 * Builds the Fastify app: API routes under /api, the H5 build at /. `main.ts` listens; tests call
 * `buildApp` and use `app.inject`.
 */
import fs from 'node:fs'
import Fastify, { type FastifyInstance } from 'fastify'
import cors from '@fastify/cors'
import fastifyStatic from '@fastify/static'
import { systemClock, fixedClock, type Clock } from './clock'
import type { ServerConfig } from './config'
import type { AppContext } from './context'
import { healthRoutes } from './routes/health'

export interface BuildOptions {
  config: ServerConfig
  clock?: Clock
  logger?: boolean
}

export async function buildApp(opts: BuildOptions): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const { config } = opts
  const clock = opts.clock ?? (config.today ? fixedClock(config.today) : systemClock)
  const app = Fastify({
    logger: opts.logger === false ? false : { level: config.logLevel },
    bodyLimit: 64 * 1024,
  })
  const ctx: AppContext = {
    clock,
    config,
    version: '0.1.0',
    databaseDescription: 'sqlite',
  }

  await app.register(cors, {
    // Same origin needs no CORS; only the configured dev origins may call cross-origin.
    origin: config.corsOrigins.length ? config.corsOrigins : false,
  })

  await healthRoutes(app, ctx)

  if (fs.existsSync(config.h5Dir)) {
    await app.register(fastifyStatic, { root: config.h5Dir, prefix: '/', index: ['index.html'] })
  }

  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ ok: false, error: 'NOT_FOUND', message: '您访问的内容不存在。' })
  })

  return { app, ctx }
}
