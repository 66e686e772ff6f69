/**
 * storage/compiled.ts: a hot statement compiled once and run again with new values gives the answers of the
 * statement built with them; a shape whose values are not given in order is never cached (and stays right).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { once } from '../../../mock-server/src/storage/compiled'
import { personsRepo, type DB } from '../../../mock-server/src/storage'
import { countStatements, makeApp, type TestApp } from '../helpers'

let app: TestApp
let ctx: Awaited<ReturnType<typeof makeApp>>['ctx']
let db: DB

const person = (id: string, name: string) => ({
  id,
  id_number: `ID-${id}`,
  name,
  sex: 'M' as const,
  birth_date: '1990-01-01',
  created_at: '2026-01-01T00:00:00.000Z',
  version: 0,
})

beforeAll(async () => {
  const made = await makeApp()
  app = made.app
  ctx = made.ctx
  db = ctx.db
  for (const [id, name] of [
    ['per-once-a', '甲'],
    ['per-once-b', '乙'],
    ['per-once-c', '丙'],
  ])
    await personsRepo.insert(db, person(id, name))
})
afterAll(async () => {
  await app?.close()
})

describe('statements compiled once', () => {
  it('a cached shape run with new values answers as the statement built with them', async () => {
    const nameOf = async (id: string) =>
      (await once(db, 'test.nameOf', [id], () => db.selectFrom('persons').select('name').where('id', '=', id))).rows
    expect(await nameOf('per-once-a')).toEqual([{ name: '甲' }])
    expect(await nameOf('per-once-b')).toEqual([{ name: '乙' }])
    expect(await nameOf('per-once-c')).toEqual([{ name: '丙' }])
    expect(await nameOf('per-none')).toEqual([])
  })

  it('values not given as the statement uses them: never cached, still right', async () => {
    const swapped = async (id: string, name: string) =>
      (
        await once(db, 'test.swapped', [name, id], () =>
          db.selectFrom('persons').select('id').where('id', '=', id).where('name', '=', name),
        )
      ).rows
    const missing = async (id: string) =>
      (await once(db, 'test.missing', [], () => db.selectFrom('persons').select('name').where('id', '=', id))).rows
    expect(await swapped('per-once-a', '甲')).toEqual([{ id: 'per-once-a' }])
    expect(await swapped('per-once-b', '乙')).toEqual([{ id: 'per-once-b' }])
    expect(await missing('per-once-a')).toEqual([{ name: '甲' }])
    expect(await missing('per-once-b')).toEqual([{ name: '乙' }])
  })

  it('plugins see every run, cached or not (the statement counting)', async () => {
    const counter = countStatements(ctx)
    const counted = ctx.db
    for (const id of ['per-once-a', 'per-once-b', 'per-once-c'])
      await once(counted, 'test.counted', [id], () => counted.selectFrom('persons').select('id').where('id', '=', id))
    expect(counter.kinds).toEqual(['select persons', 'select persons', 'select persons'])
  })
})
