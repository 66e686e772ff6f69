#!/usr/bin/env node
/**
 * `npm start`: build the three targets (H5, WeChat, Alipay), then start the backend, which serves the H5
 * build and the API on one origin and keeps its data in DATA_DIR (embedded SQLite).
 * SKIP_BUILD=1 reuses existing builds.
 */
import { spawnSync, spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const run = (args) => {
  const r = spawnSync('npm', ['run', '-s', ...args], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

if (!process.env.SKIP_BUILD) {
  console.log('Building H5, WeChat and Alipay (≈1 min the first time) …')
  run(['build:h5'])
  run(['build:weapp'])
  run(['build:alipay'])
}

console.log(`
Mini-program builds:
  WeChat:  ${path.join(root, 'dist/weapp')}
           open WeChat DevTools → 导入项目 → choose the folder above (project.config.json is there; urlCheck is off
           so the local API at ${process.env.TARO_APP_API_BASE ?? 'http://127.0.0.1:3000'} can be called).
  Alipay:  ${path.join(root, 'dist/alipay')}
           open Alipay Mini Program Studio (小程序开发者工具) → 打开项目 → choose the folder above.
  The mini-programs call TARO_APP_API_BASE (default http://127.0.0.1:3000); rebuild with it set to change that.
`)

const server = spawn('npx', ['tsx', 'mock-server/src/main.ts'], { cwd: root, stdio: 'inherit' })
const stop = () => server.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
server.on('exit', (code) => process.exit(code ?? 0))
