/**
 * Bearer-token authentication. Tokens are opaque random strings; only their SHA-256 is stored.
 * `app.authenticate` loads `req.account`; `app.requireAdmin` checks the tax-side ADMIN_TOKEN.
 */
import crypto from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AppContext } from '../context'
import { serverError, unauthorized } from '../errors'
import { createsRepo, sessionsRepo, sha256 } from '../storage'
import type { ReadAhead, ReadAheadPurpose } from '../storage/creates'
import { rememberPerson } from '../services/common'
import type { AccountRow } from '../storage/accounts'

declare module 'fastify' {
  interface FastifyRequest {
    account: AccountRow | null
    tokenHash: string | null
    /** what a create or a quote decides on, read with the session (route config readAhead), for the signed-in person */
    readAhead: ReadAhead | null
  }
  interface FastifyContextConfig {
    /**
     * the session look-up also reads ahead what the route decides on (PostgreSQL; storage/creates.ts): 'create' a
     * create's snapshot, 'quote' the registration and the records
     */
    readAhead?: ReadAheadPurpose
  }
  interface FastifyInstance {
    authenticate: (req: FastifyRequest, reply: FastifyReply) => Promise<void>
    requireAdmin: (req: FastifyRequest, reply: FastifyReply) => Promise<void>
  }
}

export function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization
  if (typeof h !== 'string') return null
  const m = /^Bearer\s+([A-Za-z0-9_\-.~+/=]{16,200})$/.exec(h.trim())
  return m ? m[1] : null
}

export function registerAuth(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('account', null)
  app.decorateRequest('tokenHash', null)
  app.decorateRequest('readAhead', null)
  app.decorate('authenticate', async (req: FastifyRequest) => {
    const token = bearer(req)
    if (!token) throw unauthorized()
    const hash = sha256(token)
    // the session, its account and the account's person in one statement
    const purpose = req.routeOptions.config.readAhead
    const ahead = purpose
      ? await createsRepo.signedInWithSnapshot(ctx.db, hash, idempotencyKeyOf(req), purpose)
      : undefined
    const signedIn = ahead ? ahead.signedIn : await sessionsRepo.findSignedIn(ctx.db, hash)
    if (!signedIn || signedIn.expiresAt <= ctx.clock.now().toISOString()) throw unauthorized()
    const { account, person } = signedIn
    rememberPerson(account, person)
    req.account = account
    req.tokenHash = hash
    req.readAhead = (ahead?.signedIn?.readAhead as ReadAhead | undefined) ?? null
  })
  app.decorate('requireAdmin', async (req: FastifyRequest) => {
    const token = bearer(req)
    if (!token) throw unauthorized()
    const a = Buffer.from(sha256(token))
    const b = Buffer.from(sha256(ctx.config.adminToken))
    if (!crypto.timingSafeEqual(a, b)) throw serverError(403, 'FORBIDDEN')
  })
}

/** The request's Idempotency-Key header as sent (checked later by the route's schema), if one. */
function idempotencyKeyOf(req: FastifyRequest): string | null {
  const key = req.headers['idempotency-key']
  return typeof key === 'string' ? key : null
}

/** The signed-in account (after app.authenticate). */
export function accountOf(req: FastifyRequest): AccountRow {
  if (!req.account) throw unauthorized()
  return req.account
}
