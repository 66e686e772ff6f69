/**
 * Server configuration from environment variables. Every variable is validated here, at start: a bad value
 * stops the server with a message that names the variable and the values it accepts (ConfigError), so that
 * nothing half-starts (e.g. SESSION_TTL_HOURS=abc used to start, then every login answered 500).
 *
 *   NODE_ENV            development | production | test (development)
 *   PORT / HOST         3000 / 127.0.0.1          listen address
 *   DATA_DIR            ./.data                   where the embedded SQLite database lives
 *   DATABASE_URL        ''                        postgres://user:password@host:5432/db: PostgreSQL instead of SQLite
 *   H5_DIR              ./dist/h5                 the H5 build served at /
 *   CORS_ORIGINS        ''                        comma-separated origins allowed cross-origin (dev server)
 *   TODAY               ''                        pin the server's "today" (YYYY-MM-DD), demos and tests
 *   LOG_LEVEL           info                      pino level
 *   ADMIN_TOKEN         random (dev) / required (production)  bearer token of the simulated tax bureau
 *   SESSION_TTL_HOURS   168                       lifetime of a login token
 *   DEV_SHOW_CODE       1 (dev) / 0 (production)  return the SMS code as `devCode`; refused in production
 *   SEED_DEMO           1 (dev) / 0 (production)  create the demo accounts when the database is empty
 *   ENABLE_DEV_PAGES    1 (dev) / 0 (production)  serve /dev/tax and /api/docs
 *   ALLOW_SIMULATED     0                         production only: run although simulated providers are in use
 *   RATE_LOGIN_MAX      10                        logins per IP per minute, all channels together
 *   RATE_LOOKUP_MAX     10                        proxy look-ups and identity binds per account per minute
 *   SMS_COOLDOWN_SECONDS 60                       per phone: least time between two codes
 *   SMS_DAILY_MAX       10                        per phone: codes per day (China time)
 *   SMS_LOCK_MINUTES    30                        per phone: lock after 5 wrong codes (resends do not reset it)
 *   DB_BUSY_WAIT_MS     3000                      longest wait for the database (write lock, a PostgreSQL
 *                                                 connection or row lock, retries of a lost race), then 503
 */
import crypto from 'node:crypto'
import path from 'node:path'

export interface ServerConfig {
  nodeEnv: 'development' | 'production' | 'test'
  production: boolean
  port: number
  host: string
  dataDir: string
  /** PostgreSQL (postgres://…) instead of the embedded SQLite in dataDir; undefined: SQLite */
  databaseUrl?: string
  h5Dir: string
  corsOrigins: string[]
  today?: string
  logLevel: string
  adminToken: string
  /** true when ADMIN_TOKEN was not given and a random one was made (development only; main prints it) */
  adminTokenGenerated: boolean
  sessionTtlHours: number
  devShowCode: boolean
  seedDemo: boolean
  enableDevPages: boolean
  allowSimulated: boolean
  rateLoginMax: number
  rateLookupMax: number
  smsCooldownSeconds: number
  smsDailyMax: number
  /** subscribe-message template ids offered on each platform (REMINDER_TEMPLATES_WEAPP / _ALIPAY) */
  reminderTemplates: { weapp: string[]; alipay: string[] }
  smsLockMinutes: number
  dbBusyWaitMs: number
}

/**
 * The components that stand in for the outside world. In production each must be replaced by a real one,
 * or the operator must say ALLOW_SIMULATED=1 (a staging deployment). Add a component here when you add one.
 */
export interface SimulatedComponent {
  id: string
  what: string
  inUse(config: ServerConfig): boolean
}

export const SIMULATED_COMPONENTS: SimulatedComponent[] = [
  { id: 'sms', what: 'SMS sender (no message leaves the server)', inUse: () => true },
  { id: 'wechat-login', what: 'WeChat login (mock code2Session)', inUse: () => true },
  { id: 'alipay-login', what: 'Alipay login (mock alipay.system.oauth.token)', inUse: () => true },
  {
    id: 'identity-verifier',
    what: 'identity verifier (simulated 手机号三要素 register and platform real names)',
    inUse: () => true,
  },
  { id: 'tax-cashier', what: 'tax cashier (simulated 去缴费)', inUse: () => true },
  { id: 'clock', what: 'pinned clock (TODAY)', inUse: (c) => !!c.today },
]

export function simulatedInUse(config: ServerConfig): SimulatedComponent[] {
  return SIMULATED_COMPONENTS.filter((c) => c.inUse(config))
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']
const TOKEN = /^[A-Za-z0-9_\-.~+/=]{16,200}$/
const ORIGIN = /^https?:\/\/[A-Za-z0-9.\-[\]:]+$/

/** The URL with its password hidden (never printed, not even in a refusal). */
export function maskDatabaseUrl(v: string): string {
  return v.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, '$1***@')
}

/** postgres:// or postgresql://, a host, a database name; user, password, port and ?options are the URL's own. */
function validDatabaseUrl(v: string): boolean {
  try {
    const u = new URL(v)
    return /^postgres(ql)?:$/.test(u.protocol) && !!u.hostname && /^\/[^/]+$/.test(u.pathname)
  } catch {
    return false
  }
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const problems: string[] = []
  const root = process.cwd()
  const raw = (name: string): string | undefined => {
    const v = env[name]
    return v === undefined || v === '' ? undefined : v
  }
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = raw(name)
    if (v === undefined) return fallback
    if ((allowed as readonly string[]).includes(v)) return v as T
    problems.push(`${name}=${JSON.stringify(v)} is not accepted; use one of: ${allowed.join(', ')}`)
    return fallback
  }
  const int = (name: string, min: number, max: number, fallback: number, unit = ''): number => {
    const v = raw(name)
    if (v === undefined) return fallback
    if (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max) return Number(v)
    problems.push(`${name}=${JSON.stringify(v)} is not accepted; use a whole number from ${min} to ${max}${unit}`)
    return fallback
  }
  const flag = (name: string, fallback: boolean): boolean => oneOf(name, ['0', '1'], fallback ? '1' : '0') === '1'
  const text = (name: string, fallback: string, test: (v: string) => boolean, accepted: string): string => {
    const v = raw(name)
    if (v === undefined) return fallback
    if (test(v)) return v
    problems.push(`${name}=${JSON.stringify(v.slice(0, 40))} is not accepted; use ${accepted}`)
    return fallback
  }

  const templates = (name: string): string[] =>
    text(
      name,
      'zjb-due-reminder',
      (v) => v.split(',').every((t) => /^[\w-]{1,64}$/.test(t)),
      'comma-separated template ids (letters, digits, _ and -)',
    ).split(',')

  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development')
  const production = nodeEnv === 'production'
  const today = text('TODAY', '', validDate, 'a date YYYY-MM-DD (e.g. 2026-03-10), or leave it unset')
  const corsRaw = text(
    'CORS_ORIGINS',
    '',
    (v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((o) => ORIGIN.test(o)),
    'comma-separated origins like http://127.0.0.1:10086 (scheme + host[:port], no path)',
  )
  const adminRaw = text('ADMIN_TOKEN', '', (v) => TOKEN.test(v), '16–200 characters of A–Z a–z 0–9 _ - . ~ + / =')
  if (production && !raw('ADMIN_TOKEN'))
    problems.push('ADMIN_TOKEN is required when NODE_ENV=production (16–200 characters of A–Z a–z 0–9 _ - . ~ + / =)')

  const databaseUrlRaw = raw('DATABASE_URL')
  if (databaseUrlRaw !== undefined && !validDatabaseUrl(databaseUrlRaw))
    problems.push(
      `DATABASE_URL=${JSON.stringify(maskDatabaseUrl(databaseUrlRaw).slice(0, 80))} is not accepted; use ` +
        'postgres://user:password@host:5432/database (PostgreSQL), or leave it unset for the embedded SQLite in DATA_DIR',
    )

  const config: ServerConfig = {
    nodeEnv,
    production,
    port: int('PORT', 0, 65535, 3000),
    host: text('HOST', '127.0.0.1', (v) => /^[A-Za-z0-9.:\-[\]]+$/.test(v), 'a host name or IP address'),
    dataDir: path.resolve(root, raw('DATA_DIR') ?? '.data'),
    databaseUrl: databaseUrlRaw !== undefined && validDatabaseUrl(databaseUrlRaw) ? databaseUrlRaw : undefined,
    h5Dir: path.resolve(root, raw('H5_DIR') ?? 'dist/h5'),
    corsOrigins: corsRaw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    today: today || undefined,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    adminToken: adminRaw || crypto.randomBytes(16).toString('hex'),
    adminTokenGenerated: !adminRaw,
    sessionTtlHours: int('SESSION_TTL_HOURS', 1, 8760, 168, ' (hours)'),
    devShowCode: flag('DEV_SHOW_CODE', !production),
    seedDemo: flag('SEED_DEMO', !production),
    enableDevPages: flag('ENABLE_DEV_PAGES', !production),
    allowSimulated: flag('ALLOW_SIMULATED', false),
    rateLoginMax: int('RATE_LOGIN_MAX', 1, 10_000_000, 10, ' (per minute)'),
    rateLookupMax: int('RATE_LOOKUP_MAX', 1, 10_000_000, 10, ' (per minute)'),
    smsCooldownSeconds: int('SMS_COOLDOWN_SECONDS', 0, 3600, 60, ' (seconds)'),
    smsDailyMax: int('SMS_DAILY_MAX', 1, 1000, 10, ' (codes per phone per day)'),
    smsLockMinutes: int('SMS_LOCK_MINUTES', 1, 1440, 30, ' (minutes)'),
    dbBusyWaitMs: int('DB_BUSY_WAIT_MS', 0, 60000, 3000, ' (milliseconds)'),
    reminderTemplates: {
      weapp: templates('REMINDER_TEMPLATES_WEAPP'),
      alipay: templates('REMINDER_TEMPLATES_ALIPAY'),
    },
  }

  if (production) {
    if (config.devShowCode)
      problems.push('DEV_SHOW_CODE=1 is refused when NODE_ENV=production (codes are never shown); use 0')
    if (config.seedDemo) problems.push('SEED_DEMO=1 is refused when NODE_ENV=production (no demo data); use 0')
    const simulated = simulatedInUse(config)
    if (simulated.length && !config.allowSimulated)
      problems.push(
        `NODE_ENV=production with simulated providers: ${simulated.map((s) => `${s.id} (${s.what})`).join(', ')}. ` +
          'Supply real ones, or set ALLOW_SIMULATED=1 to run a staging deployment knowingly (accepted: 0, 1)',
      )
  }
  if (problems.length) throw new ConfigError(problems)
  return config
}

/** The configuration for the start banner. Never the ADMIN_TOKEN. */
export function describeConfig(c: ServerConfig): string {
  const sim = simulatedInUse(c)
  return [
    `  NODE_ENV=${c.nodeEnv}  PORT=${c.port}  HOST=${c.host}`,
    c.databaseUrl
      ? `  DATABASE_URL=${maskDatabaseUrl(c.databaseUrl)}  (PostgreSQL)`
      : `  DATA_DIR=${c.dataDir}  (SQLite)`,
    `  H5_DIR=${c.h5Dir}`,
    `  CORS_ORIGINS=${c.corsOrigins.join(',') || '(none: same origin only)'}`,
    `  TODAY=${c.today ?? '(system clock)'}`,
    `  SESSION_TTL_HOURS=${c.sessionTtlHours}  DEV_SHOW_CODE=${c.devShowCode ? 1 : 0}  SEED_DEMO=${c.seedDemo ? 1 : 0}  ENABLE_DEV_PAGES=${c.enableDevPages ? 1 : 0}`,
    `  RATE_LOGIN_MAX=${c.rateLoginMax}  RATE_LOOKUP_MAX=${c.rateLookupMax}  SMS_COOLDOWN_SECONDS=${c.smsCooldownSeconds}  SMS_DAILY_MAX=${c.smsDailyMax}  SMS_LOCK_MINUTES=${c.smsLockMinutes}  DB_BUSY_WAIT_MS=${c.dbBusyWaitMs}`,
    `  Simulated: ${sim.map((s) => s.id).join(', ') || '(none)'}${c.production && sim.length ? '  (ALLOW_SIMULATED=1)' : ''}`,
  ].join('\n')
}
