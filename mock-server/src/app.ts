/**
 * Builds the Fastify app: API routes under /api, the H5 build at /. `main.ts` listens; tests call
 * `buildApp` and use `app.inject`. Layout: routes/<area>.ts (HTTP + schema; one plugin per area under its
 * prefix) → services/<area>.ts (logic; every decision through src/domain, reached via engine.ts) →
 * storage/ (every SQL statement; Kysely over SQLite, or PostgreSQL with DATABASE_URL).
 */
import fs from 'node:fs'
import type { Writable } from 'node:stream'
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify'
import cors from '@fastify/cors'
import fastifyStatic from '@fastify/static'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { maskIdsInText } from './engine'
import { systemClock, fixedClock, type Clock } from './clock'
import type { ServerConfig } from './config'
import type { AppContext } from './context'
import { serverError } from './errors'
import { registerAuth } from './plugins/auth'
import { registerErrorHandler } from './plugins/errors'
import { databaseRateStore } from './plugins/rate-limits'
import { registerSecurity } from './plugins/security'
import { openDatabase } from './storage'
import { healthRoutes } from './routes/health'
import { authRoutes } from './routes/auth'
import { meRoutes } from './routes/me'
import { regionRoutes } from './routes/regions'
import { registrationRoutes } from './routes/registration'
import { assessmentRoutes } from './routes/assessments'
import { agentRoutes } from './routes/agents'
import { suspensionRoutes } from './routes/suspension'
import { taxRoutes } from './routes/tax'
import { devRoutes } from './routes/dev'
import { insightRoutes, paymentRoutes, reminderRoutes, voucherRoutes } from './routes/insights'
import { simRoutes } from './routes/sim'

export interface BuildOptions {
  config: ServerConfig
  clock?: Clock
  /** false: silent; true/undefined: pino at config.logLevel to stdout; { stream }: to that stream (tests) */
  logger?: boolean | { stream: Writable; level?: string }
}

export type App = FastifyInstance

export async function buildApp(opts: BuildOptions): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const { config } = opts
  const clock = opts.clock ?? (config.today ? fixedClock(config.today) : systemClock)
  const pinoBase = {
    level: typeof opts.logger === 'object' ? (opts.logger.level ?? config.logLevel) : config.logLevel,
    // Privacy: no ID number ever reaches a log line, whatever logged it.
    hooks: { streamWrite: (line: string) => maskIdsInText(line) },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  }
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : typeof opts.logger === 'object'
          ? { ...pinoBase, stream: opts.logger.stream }
          : pinoBase,
    bodyLimit: 64 * 1024,
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
    // malformed URLs (bad %-encoding, over-long path params) are refused in the API's shape too, not Fastify's
    frameworkErrors: (err, _req, reply: FastifyReply) =>
      reply.code(400).send(serverError(400, 'VALIDATION_FAILED', { reason: err.code }).body),
    // errors Node's HTTP parser meets before Fastify (headers over 16 KB → 431, bad request line → 400):
    // the API's shape and a Chinese message, not Fastify's English body
    clientErrorHandler: (err: NodeJS.ErrnoException, socket) => {
      if (err.code === 'ECONNRESET' || socket.destroyed || !socket.writable) {
        socket.destroy()
        return
      }
      const [status, code, reason] =
        err.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'HEADERS_TOO_LARGE', 'Request Header Fields Too Large']
          : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'REQUEST_TIMEOUT', 'Request Timeout']
            : [400, 'VALIDATION_FAILED', 'Bad Request']
      const body = JSON.stringify(serverError(status, code, { reason: err.code ?? '' }).body)
      socket.end(
        `HTTP/1.1 ${status} ${reason}\r\n` +
          'Content-Type: application/json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n' +
          `Cache-Control: no-store\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      )
    },
  }).withTypeProvider<TypeBoxTypeProvider>()

  const { db, file, description } = await openDatabase(config.dataDir, {
    busyWaitMs: config.dbBusyWaitMs,
    databaseUrl: config.databaseUrl,
  })
  const ctx: AppContext = {
    clock,
    config,
    version: '0.1.0',
    databaseDescription: description,
    db,
    dbFile: file,
    log: app.log,
  }
  app.addHook('onClose', async () => {
    await db.destroy()
  })

  registerErrorHandler(app)
  registerAuth(app, ctx)
  await registerSecurity(app, config.h5Dir)

  await app.register(cors, {
    // Same origin needs no CORS; only the configured dev origins may call cross-origin.
    origin: config.corsOrigins.length ? config.corsOrigins : false,
  })
  await app.register(rateLimit, {
    global: false,
    store: databaseRateStore(db),
    errorResponseBuilder: () => serverError(429, 'RATE_LIMITED'),
  })
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '灵活就业养老保险「指尖办」 mock agency + tax API',
        description:
          '代表社保经办机构与税务部门的模拟服务端。每个决定都由规则引擎（src/domain）作出。错误统一为 { ok:false, error, message, detail, errors }。',
        version: ctx.version,
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: '登录后获得的令牌' },
          admin: { type: 'http', scheme: 'bearer', description: '税务模拟端 ADMIN_TOKEN' },
        },
      },
    },
  })
  if (config.enableDevPages) {
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      // Swagger UI's own CSP (hashes of its inline scripts); its React UI sets inline styles, and plain-HTTP
      // development cannot take upgrade-insecure-requests
      staticCSP: true,
      transformStaticCSP: (header) =>
        header
          .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';")
          .replace(/frame-ancestors [^;]*;/, "frame-ancestors 'none';")
          .replace(/\s*upgrade-insecure-requests;?/, ''),
    })
  }

  // the API: one plugin per area under its prefix (routes/<area>.ts), each with its own auth hook
  await app.register(async (api) => {
    const opts = { ctx }
    await api.register(healthRoutes, { ...opts, prefix: '/api/health' })
    await api.register(authRoutes, { ...opts, prefix: '/api/auth' })
    await api.register(meRoutes, { ...opts, prefix: '/api/me' })
    await api.register(regionRoutes, { ...opts, prefix: '/api/regions' })
    await api.register(registrationRoutes, { ...opts, prefix: '/api/registration' })
    await api.register(assessmentRoutes, { ...opts, prefix: '/api/assessments' })
    await api.register(paymentRoutes, { ...opts, prefix: '/api/assessments' })
    await api.register(agentRoutes, { ...opts, prefix: '/api/agents' })
    await api.register(suspensionRoutes, { ...opts, prefix: '/api/suspension' })
    await api.register(taxRoutes, { ...opts, prefix: '/api/tax' })
    if (config.enableDevPages) {
      // development pages (ENABLE_DEV_PAGES; off in production): the tax side's page and the API docs
      await api.register(devRoutes)
      api.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
    }
    await api.register(insightRoutes, { ...opts, prefix: '/api/insights' })
    await api.register(reminderRoutes, { ...opts, prefix: '/api/reminders' })
    await api.register(voucherRoutes, { ...opts, prefix: '/api/vouchers' })
    await api.register(simRoutes, { ...opts, prefix: '/api/sim' })
  })

  if (fs.existsSync(config.h5Dir)) {
    await app.register(fastifyStatic, { root: config.h5Dir, prefix: '/', index: ['index.html'] })
  }

  app.setNotFoundHandler((_req, reply) => {
    reply.code(404).send(serverError(404, 'NOT_FOUND').body)
  })

  return { app, ctx }
}
