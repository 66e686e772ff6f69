/**
 * HTTP hygiene for the H5 site and the API, through @fastify/helmet:
 *   - Content-Security-Policy: scripts only from this origin plus the hashes of the inline scripts of the
 *     H5 build's index.html (Taro's rem sizing script), styles from this origin and inline (Taro's runtime
 *     styles), no plugins, no framing (frame-ancestors 'none'), forms and base URI to this origin;
 *   - X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer, X-Frame-Options: DENY, HSTS, COOP/CORP;
 *   - Cache-Control: no-store on every /api answer (they carry personal data; nothing is cached on the way).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { IncomingMessage, ServerResponse } from 'node:http'
import fastifyHelmet from '@fastify/helmet'
import helmet, { type HelmetOptions } from 'helmet'

/** The hash of Taro's tab-bar link target `javascript:;` (CSP3 hashes a javascript: URL as the whole URL). */
const TABBAR_NOOP_HASH = `'sha256-${crypto.createHash('sha256').update('javascript:;', 'utf8').digest('base64')}'`

/** 'sha256-…' of every inline <script> of the H5 index.html (none when there is no build). */
export function inlineScriptHashes(h5Dir: string): string[] {
  const file = path.join(h5Dir, 'index.html')
  if (!fs.existsSync(file)) return []
  const html = fs.readFileSync(file, 'utf8')
  const hashes: string[] = []
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.push(`'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`)
  }
  return hashes
}

export function cspDirectives(scriptHashes: string[]): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'object-src': ["'none'"],
    // + the one javascript: URL of Taro's H5 tab bar (<a href="javascript:;">, a no-op): allowed by its hash only
    'script-src': ["'self'", ...scriptHashes, "'unsafe-hashes'", TABBAR_NOOP_HASH],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'worker-src': ["'self'", 'blob:'],
  }
}

export async function registerSecurity(app: FastifyInstance, h5Dir: string) {
  const options = {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(inlineScriptHashes(h5Dir)) },
    frameguard: { action: 'deny' as const },
    referrerPolicy: { policy: 'no-referrer' as const },
    crossOriginResourcePolicy: { policy: 'same-origin' as const },
  }
  // a route with its own `helmet` options (the dev page) gets them from @fastify/helmet, which builds helmet's
  // middleware at every request; every other answer gets the same headers, computed once here
  await app.register(fastifyHelmet, { ...options, global: false })
  const headers = helmetHeaders(options)
  app.addHook('onRequest', (req, reply, done) => {
    if ((req.routeOptions.config as { helmet?: unknown } | undefined)?.helmet === undefined) reply.headers(headers)
    done()
  })
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store')
    return payload
  })
}

/** The headers helmet's middleware sets for `options` (they do not depend on the request). */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const res = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  }
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, () => undefined)
  return headers
}
