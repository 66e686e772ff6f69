/**
 * Server configuration, from environment variables with printed defaults.
 *   PORT      (3000)          HTTP port
 *   HOST      (127.0.0.1)     listen address
 *   DATA_DIR  (./.data)       where the embedded SQLite database lives
 *   H5_DIR    (./dist/h5)     the H5 build served at /
 *   CORS_ORIGINS ('')         comma-separated origins allowed to call the API cross-origin (dev server)
 *   TODAY     ('')            pin the server's clock to a date (YYYY-MM-DD), for demos and tests
 */
import path from 'node:path'

export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  h5Dir: string
  corsOrigins: string[]
  today?: string
  logLevel: string
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
  }
}

export function describeConfig(c: ServerConfig): string {
  return [
    `  PORT=${c.port}  HOST=${c.host}`,
    `  DATA_DIR=${c.dataDir}`,
    `  H5_DIR=${c.h5Dir}`,
    `  CORS_ORIGINS=${c.corsOrigins.join(',') || '(none: same origin only)'}`,
    `  TODAY=${c.today ?? '(system clock)'}`,
  ].join('\n')
}
