#!/usr/bin/env node
/**
 * A throwaway PostgreSQL cluster for the tests and benchmarks, from Debian's `postgresql` package:
 * a fresh data folder in the temp directory, listening on loopback only, on a free port, stopped and
 * deleted afterwards. Nothing of the machine's own PostgreSQL (if any) is touched.
 *
 *   node scripts/postgres.mjs ensure      installs Debian's postgresql when missing (apt-get, as root), else says how
 *   node scripts/postgres.mjs run -- CMD  starts a cluster, runs CMD with DATABASE_URL and TEST_DATABASE_URL set
 *                                         (the test helpers then give each app a fresh database), stops the cluster
 *
 * From code: `import { startPostgres } from '../../scripts/postgres.mjs'` → { url, stop() }.
 * As root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

/** The folder of Debian's PostgreSQL programs (/usr/lib/postgresql/<newest>/bin), or undefined. */
export function postgresBin() {
  const base = '/usr/lib/postgresql'
  if (fs.existsSync(base)) {
    const versions = fs
      .readdirSync(base)
      .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a))
    if (versions.length) return path.join(base, versions[0], 'bin')
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' })
  if (which.status === 0 && which.stdout.trim()) return path.dirname(fs.realpathSync(which.stdout.trim()))
  return undefined
}

/** Installs Debian's postgresql when it is missing; throws with instructions when it cannot. */
export function ensurePostgres() {
  if (postgresBin()) return postgresBin()
  if (!isRoot) {
    throw new Error(
      "[postgres] PostgreSQL is not installed. Install Debian's package first: sudo apt-get install -y postgresql",
    )
  }
  console.log("[postgres] installing Debian's postgresql (apt-get)…")
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env })
  // the package starts a cluster of its own as a service; the tests never use it
  const bin = postgresBin()
  if (!bin) throw new Error('[postgres] apt-get installed postgresql but initdb was not found')
  return bin
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0))
    })
  })
}

/** Runs a PostgreSQL program, as the postgres user when we are root. */
function pgRun(bin, program, args, opts = {}) {
  const exe = path.join(bin, program)
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args]
  return execFileSync(cmd, argv, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 1 << 20,
    // never a password prompt: the local socket is trusted, and a prompt would loop on a closed stdin
    env: { ...process.env, PGCONNECT_TIMEOUT: '10' },
    ...opts,
  })
}

/**
 * Starts a cluster; resolves with its URL (database `zjb`, user `zjb`, password auth on loopback) and a
 * stop() that shuts it down and deletes its folder.
 */
export async function startPostgres({ quiet = true } = {}) {
  const bin = ensurePostgres()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zjb-pg-'))
  const data = path.join(dir, 'data')
  const socket = path.join(dir, 'socket')
  fs.mkdirSync(socket)
  const password = 'zjb-test'
  const pwfile = path.join(dir, 'pw')
  fs.writeFileSync(pwfile, password)
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir])
  const port = await freePort()
  pgRun(bin, 'initdb', [
    '-D',
    data,
    '-U',
    'zjb',
    '--pwfile',
    pwfile,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--no-locale',
  ])
  const conf = [
    `listen_addresses = '127.0.0.1'`,
    `port = ${port}`,
    `unix_socket_directories = '${socket}'`,
    'max_connections = 200',
    // a throwaway cluster: durability as in production (fsync on) so that kill -9 tests mean something
    'fsync = on',
    'synchronous_commit = on',
    `timezone = 'Asia/Shanghai'`,
    'log_min_messages = warning',
  ]
  fs.appendFileSync(path.join(data, 'postgresql.conf'), '\n' + conf.join('\n') + '\n')
  pgRun(bin, 'pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start'])
  pgRun(bin, 'createdb', ['-w', '-h', socket, '-p', String(port), '-U', 'zjb', 'zjb'])
  const url = `postgres://zjb:${password}@127.0.0.1:${port}/zjb`
  if (!quiet) console.log(`[postgres] cluster on 127.0.0.1:${port} (${dir})`)
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    try {
      pgRun(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } catch {}
    fs.rmSync(dir, { recursive: true, force: true })
  }
  return { url, port, stop, createDatabase: (name) => createDatabase(bin, socket, port, name, password) }
}

/** A fresh empty database in the same cluster (one per test file keeps files apart). */
function createDatabase(bin, socket, port, name, password) {
  pgRun(bin, 'createdb', ['-w', '-h', socket, '-p', String(port), '-U', 'zjb', name])
  return `postgres://zjb:${password}@127.0.0.1:${port}/${name}`
}

// CLI
const invoked = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)
if (invoked) {
  const [cmd, ...rest] = process.argv.slice(2)
  if (cmd === 'ensure') {
    try {
      console.log(`[postgres] using ${ensurePostgres()}`)
    } catch (e) {
      console.error(String(e.message ?? e))
      process.exit(1)
    }
  } else if (cmd === 'run') {
    const argv = rest[0] === '--' ? rest.slice(1) : rest
    const pg = await startPostgres({ quiet: false })
    const onSignal = () => {
      pg.stop()
      process.exit(130)
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    // DATABASE_URL for a server; TEST_DATABASE_URL tells the test helpers to run on this cluster
    const env = { ...process.env, DATABASE_URL: pg.url, TEST_DATABASE_URL: pg.url }
    const r = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env })
    pg.stop()
    process.exit(r.status ?? 1)
  } else {
    console.error('usage: node scripts/postgres.mjs ensure | run -- <command…>')
    process.exit(2)
  }
}
