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
import helmet from '@fastify/helmet'

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
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(inlineScriptHashes(h5Dir)) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  })
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store')
    return payload
  })
}
