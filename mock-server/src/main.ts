import { buildApp } from './app'
import { describeConfig, loadConfig } from './config'
import { demoSummary, seedDemo } from './demo/seed'

async function main() {
  const config = loadConfig()
  const { app, ctx } = await buildApp({ config })
  const shutdown = async () => {
    await app.close()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  const seeded = config.seedDemo ? await seedDemo(ctx) : false
  await app.listen({ port: config.port, host: config.host })
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`
  console.log(
    `\n灵活就业养老保险「指尖办」 backend is ready.\nConfiguration:\n${describeConfig(config)}\n  Database: ${ctx.dbFile}\n\n` +
      `  App and API: ${url}\n  Health:      ${url}/api/health\n  API docs:    ${url}/api/docs  (OpenAPI: ${url}/api/openapi.json)\n` +
      `  Tax side:    ${url}/dev/tax   ADMIN_TOKEN=${config.adminToken}${config.adminTokenGenerated ? '  (random; set ADMIN_TOKEN to fix it)' : ''}\n` +
      `\nDemo accounts${seeded ? ' (just created)' : ''} — H5: phone + SMS code from this log / devCode; WeChat: code demo-N:\n${demoSummary()}\n`,
  )
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
