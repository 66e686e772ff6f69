import { buildApp } from './app'
import { describeConfig, loadConfig } from './config'

async function main() {
  const config = loadConfig()
  const { app } = await buildApp({ config })
  const shutdown = async () => {
    await app.close()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  await app.listen({ port: config.port, host: config.host })
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`
  console.log(
    `\n灵活就业养老保险「指尖办」 backend is ready.\nConfiguration:\n${describeConfig(config)}\n\n  App and API: ${url}\n  Health:      ${url}/api/health\n`,
  )
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
