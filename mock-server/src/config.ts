/**
 * Server configuration, from environment variables with printed defaults.
 *   PORT      (3000)          HTTP port
 *   HOST      (127.0.0.1)     listen address
 *   DATA_DIR  (./.data)       where the embedded SQLite database lives
 *   H5_DIR    (./dist/h5)     the H5 build served at /
 *   CORS_ORIGINS ('')         comma-separated origins allowed to call the API cross-origin (dev server)
 *   TODAY     ('')            pin the server's clock to a date (YYYY-MM-DD), for demos and tests
 *   LOG_LEVEL (info)          pino log level
 *   ADMIN_TOKEN (random, printed at start)  bearer token of the simulated tax bureau (/api/tax/*)
 *   SESSION_TTL_HOURS (168)   lifetime of a login token (7 days)
 *   DEV_SHOW_CODE (1 unless NODE_ENV=production)  return the SMS code as `devCode` (mock only)
 *   SEED_DEMO (1)             create the demo accounts when the database is empty (npm start)
 *   RATE_LOGIN_MAX (10)       login attempts per IP per minute; RATE_LOOKUP_MAX (10) proxy look-ups per account per minute
 */
import crypto from 'node:crypto'
import path from 'node:path'

export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  h5Dir: string
  corsOrigins: string[]
  today?: string
  logLevel: string
  adminToken: string
  /** true when ADMIN_TOKEN was not given and a random one was made (main prints it) */
  adminTokenGenerated: boolean
  sessionTtlHours: number
  devShowCode: boolean
  seedDemo: boolean
  rateLoginMax: number
  rateLookupMax: number
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const root = process.cwd()
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(root, env.DATA_DIR ?? '.data'),
    h5Dir: path.resolve(root, env.H5_DIR ?? 'dist/h5'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    today: env.TODAY || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    adminToken: env.ADMIN_TOKEN || crypto.randomBytes(16).toString('hex'),
    adminTokenGenerated: !env.ADMIN_TOKEN,
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 168),
    devShowCode: env.DEV_SHOW_CODE !== undefined ? env.DEV_SHOW_CODE === '1' : env.NODE_ENV !== 'production',
    seedDemo: env.SEED_DEMO !== '0',
    rateLoginMax: Number(env.RATE_LOGIN_MAX ?? 10),
    rateLookupMax: Number(env.RATE_LOOKUP_MAX ?? 10),
  }
}

export function describeConfig(c: ServerConfig): string {
  return [
    `  PORT=${c.port}  HOST=${c.host}`,
    `  DATA_DIR=${c.dataDir}`,
    `  H5_DIR=${c.h5Dir}`,
    `  CORS_ORIGINS=${c.corsOrigins.join(',') || '(none: same origin only)'}`,
    `  TODAY=${c.today ?? '(system clock)'}`,
    `  SESSION_TTL_HOURS=${c.sessionTtlHours}  DEV_SHOW_CODE=${c.devShowCode ? 1 : 0}  SEED_DEMO=${c.seedDemo ? 1 : 0}`,
  ].join('\n')
}
