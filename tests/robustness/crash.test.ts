/**
 * Crash safety under write load (extends tests/server/app/durability.test.ts, which kills an idle server after one
 * acknowledged create): the real server as a child process takes concurrent creates with Idempotency-Keys,
 * is killed with SIGKILL mid-load, restarted on the same DATA_DIR — three times. After each restart:
 *   - every create that was acknowledged (201) is there, unchanged, CREATED, with the quoted months and total;
 *   - retrying every request that was in flight with its key yields exactly one record per request;
 * and at the end the database passes PRAGMA integrity_check (SQLite) and nothing is half-written: every record has its
 * creation audit entry (and vice versa), every stored idempotent response points at an existing record of the
 * same account, the id sequence is ahead of every id handed out.
 */
import { describe, expect, it } from 'vitest'
import { makeId, tempDir } from '../server/helpers'
import { onPostgres, withDatabase } from '../support/database'
import { client, signUp, type Call } from './http'
import { CRASH_ADMIN, kill, startServer } from './server'

const USERS = 80
const WORKERS = 24
const CYCLES = 3

interface Slot {
  user: number
  month: string
  key: string
}
interface Ack {
  slot: Slot
  body: { id: string; start: string; end: string; months: number; total: string; status: string }
}

describe('kill -9 under write load', () => {
  it('every acknowledged create survives, nothing is half-written, retries are exactly-once', async () => {
    const dir = tempDir()
    const port = 40000 + Math.floor(Math.random() * 10000)
    let server = await startServer(dir, port)
    let call: Call = client(server.base)

    const tokens: string[] = []
    for (let u = 0; u < USERS; u++) {
      tokens.push(
        await signUp(
          call,
          `crash-${u}`,
          '崩溃测',
          makeId('640104', `199${u % 10}-0${1 + (u % 9)}-1${u % 10}`, String(100 + u * 2 + 1)),
          true,
          CRASH_ADMIN,
        ),
      )
    }
    const quote = await call('POST', '/api/assessments/quote', {
      token: tokens[0],
      body: { start: '2026-01', end: '2026-01', base: '60' },
    })
    expect(quote.status).toBe(200)
    const expected = { months: 1, total: quote.body.total as string }

    const slots: Slot[] = []
    for (let m = 1; m <= 12; m++) {
      for (let u = 0; u < USERS; u++) {
        const month = `2026-${String(m).padStart(2, '0')}`
        slots.push({ user: u, month, key: `crash-${u}-${month}` })
      }
    }
    let next = 0
    const acked: Ack[] = []
    const inFlight = new Set<Slot>()

    const create = (c: Call, s: Slot) =>
      c('POST', '/api/assessments', {
        token: tokens[s.user],
        key: s.key,
        body: { start: s.month, end: s.month, base: '60' },
      })

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      // load: WORKERS loops creating distinct (user, month) records until the kill
      let killed = false
      const before = acked.length
      const worker = async () => {
        while (!killed && next < slots.length) {
          const s = slots[next++]
          inFlight.add(s)
          try {
            const r = await create(call, s)
            if (r.status === 201) {
              acked.push({ slot: s, body: r.body })
              inFlight.delete(s)
            } else if (!killed) throw new Error(`create refused: ${r.status} ${JSON.stringify(r.body)}`)
          } catch (e) {
            if (!killed) throw e // connection reset after the kill: the outcome is unknown, the slot stays in flight
          }
        }
      }
      const workers = Array.from({ length: WORKERS }, worker)
      const t0 = Date.now()
      // kill after some acknowledged writes and a cycle-dependent delay, or well before this cycle's share of slots
      // is used up (a fast server empties a few workers' worth of slots between two looks: with none left, nothing
      // would be in flight at the kill)
      const quota = Math.floor((slots.length * (cycle + 1)) / CYCLES) - 4 * WORKERS
      while ((acked.length - before < 40 || Date.now() - t0 < 500 + cycle * 250) && next < quota) {
        await new Promise((r) => setTimeout(r, 10))
      }
      killed = true
      await kill(server, 'SIGKILL')
      await Promise.allSettled(workers)
      expect(inFlight.size, 'requests were in flight when the server died').toBeGreaterThan(0)
      console.log(
        `crash cycle ${cycle + 1}: ${acked.length - before} creates acknowledged, ${inFlight.size} in flight at SIGKILL`,
      )

      server = await startServer(dir, port)
      call = client(server.base)

      // every acknowledged create is there, unchanged
      for (const a of acked) {
        const r = await call('GET', `/api/assessments/${a.body.id}`, { token: tokens[a.slot.user] })
        expect(r.status, a.body.id).toBe(200)
        expect(r.body).toMatchObject({ ...a.body, status: 'CREATED', months: expected.months, total: expected.total })
      }
      // the unknown outcomes: retry with the same key → exactly one record for each (replayed or created now)
      let replayed = 0
      for (const s of [...inFlight]) {
        const r = await create(call, s)
        expect(r.status, JSON.stringify(r.body)).toBe(201)
        if (r.headers.get('idempotent-replayed') === 'true') replayed++
        acked.push({ slot: s, body: r.body })
        inFlight.delete(s)
      }
      console.log(
        `crash cycle ${cycle + 1}: retries after restart: ${replayed} had committed (replayed), the rest created now`,
      )
    }

    // one record per slot, per user: nothing lost, nothing doubled
    const perUser = new Map<number, number>()
    for (const a of acked) perUser.set(a.slot.user, (perUser.get(a.slot.user) ?? 0) + 1)
    for (const [u, n] of perUser) {
      const list = await call('GET', '/api/assessments', { token: tokens[u] })
      expect(list.body.items.length, `user ${u}`).toBe(n)
    }
    await kill(server, 'SIGTERM')

    await withDatabase(dir, async (db) => {
      if (!onPostgres) expect(await db.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])
      const records = await db.all<{
        id: string
        status: string
        months: number
        total: string
        start: string
        end: string
        operator_account_id: string
      }>('SELECT id, status, months, total, start, "end", operator_account_id FROM assessments')
      expect(records.length).toBe(acked.length)
      expect(new Set(records.map((r) => r.id))).toEqual(new Set(acked.map((a) => a.body.id)))
      for (const r of records) expect(r).toMatchObject({ status: 'CREATED', ...expected, end: r.start })
      // audit ↔ records, one to one
      const audited = await db.all<{ entity_id: string; n: number }>(
        `SELECT entity_id, COUNT(*) AS n FROM audit_log WHERE action = 'ASSESSMENT_CREATED' GROUP BY entity_id`,
      )
      expect(audited.every((a) => Number(a.n) === 1)).toBe(true)
      expect(new Set(audited.map((a) => a.entity_id))).toEqual(new Set(records.map((r) => r.id)))
      // stored idempotent responses point at records of the same account
      const byId = new Map(records.map((r) => [r.id, r]))
      const idem = await db.all<{ key: string; status_code: number; account_id: string; body: string }>(
        'SELECT key, status_code, account_id, body FROM idempotency',
      )
      expect(idem.length).toBe(records.length)
      for (const i of idem) {
        const same = byId.get(JSON.parse(i.body).id)?.operator_account_id === i.account_id
        expect([i.key, i.status_code, same]).toEqual([i.key, 201, true])
      }
      // the sequence is ahead of every id handed out (no id can be reused after a crash): on SQLite the
      // per-day row of its region and day, on PostgreSQL the one sequence of numbers
      if (onPostgres) {
        const [{ last_value: last }] = await db.all<{ last_value: number }>('SELECT last_value FROM assessment_numbers')
        for (const r of records) expect(Number(last) >= Number(r.id.slice(16)), r.id).toBe(true)
      } else {
        const seqs = await db.all<{ name: string; value: number }>('SELECT name, value FROM sequences')
        for (const r of records) {
          const s = seqs.find((q) => r.id.startsWith(q.name))
          expect(s && s.value >= Number(r.id.slice(-6)), r.id).toBe(true)
        }
      }
    })
  }, 120000)
})
