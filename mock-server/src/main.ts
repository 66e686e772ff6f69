import { buildApp } from './app'
import { ConfigError, describeConfig, loadConfig, maskDatabaseUrl, type ServerConfig } from './config'
import { demoSummary, seedDemo } from './demo/seed'

function banner(config: ServerConfig, dbFile: string, seeded: boolean, demo: string): string {
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`
  const lines = [
    `\n灵活就业养老保险「指尖办」 backend is ready.`,
    `Configuration:\n${describeConfig(config)}\n  Database: ${dbFile}\n`,
    `  App and API: ${url}`,
    `  Health:      ${url}/api/health`,
  ]
  if (config.enableDevPages) {
    lines.push(`  API docs:    ${url}/api/docs  (OpenAPI: ${url}/api/openapi.json)`)
    lines.push(`  Tax side:    ${url}/dev/tax`)
  }
  // The admin token is printed only when it was made up here (development); a given one is never printed.
  lines.push(
    config.adminTokenGenerated
      ? `  ADMIN_TOKEN=${config.adminToken}  (random, development only; set ADMIN_TOKEN to fix it)`
      : '  ADMIN_TOKEN: set (not shown)',
  )
  if (config.seedDemo) {
    lines.push(
      `\nDemo accounts${seeded ? ' (just created)' : ''} — H5: phone + SMS code (devCode in the answer); WeChat: code demo-N:\n${demo}`,
    )
  }
  return lines.join('\n') + '\n'
}

async function main() {
  const config = loadConfig()
  const { app, ctx } = await buildApp({ config }).catch((err: NodeJS.ErrnoException) => {
    // e.g. DATA_DIR not writable: name the variable rather than print a stack
    if (config.databaseUrl)
      throw new ConfigError([
        `DATABASE_URL=${JSON.stringify(maskDatabaseUrl(config.databaseUrl))} cannot be used (${err.code ?? err.message}); ` +
          'check that PostgreSQL runs there and that the user, password and database are right',
      ])
    if (err.code && /^(EACCES|EPERM|ENOENT|ENOTDIR|EROFS|EEXIST|SQLITE_CANTOPEN)/.test(err.code))
      throw new ConfigError([
        `DATA_DIR=${JSON.stringify(config.dataDir)} cannot be used (${err.code}); use a writable folder`,
      ])
    throw err
  })
  const shutdown = async () => {
    await app.close()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  const seeded = config.seedDemo ? await seedDemo(ctx) : false
  await app.listen({ port: config.port, host: config.host })
  console.log(banner(config, ctx.dbFile, seeded, config.seedDemo ? await demoSummary(ctx) : ''))
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(`The server did not start: ${err.message}\nSee mock-server/README.md ("Environment").`)
    process.exit(2)
  }
  console.error(err)
  process.exit(1)
})
