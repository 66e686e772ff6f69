/**
 * Shared fixtures of the backend tests (tests/server/routes, tests/server/app): the people of the standard
 * test world, their ID numbers, and the request shorthands. How a backend starts is tests/server/helpers.ts
 * (makeApp); this file only builds on it.
 */
import { expect } from 'vitest'
import { NX, auth, makeApp, makeId, person, type TestApp } from './helpers'

export const ID_SELF = makeId('640104', '1985-03-15', '002') // F, Ningxia
export const ID_AGENT = makeId('640106', '1995-05-05', '019')
export const ID_PARENT = makeId('640106', '1968-03-01', '031') // M
export const ID_STRANGER = makeId('640105', '1980-02-02', '017')
export const ID_UNREG = makeId('640104', '1990-01-01', '001')
/** 李四津, registered in Tianjin (TJ) under the test label 'tj'. */
export const ID_TJ = makeId('120101', '1992-09-09', '015')

/**
 * The standard test world: a fresh backend whose log lines are collected in `logs`, and five people signed in
 * on WeChat with their identity bound: self (王某某), parent (吴父), agent (吴六) and stranger (周五) registered
 * in Ningxia, unreg (赵一) not registered. Created in this order, as every route test expects.
 */
export async function world() {
  const logs: string[] = []
  const { app } = await makeApp({ logLines: logs })
  const self = await person(app, 'self', '王某某', ID_SELF, NX)
  const parent = await person(app, 'parent', '吴父', ID_PARENT, NX)
  const agent = await person(app, 'agent', '吴六', ID_AGENT, NX)
  const stranger = await person(app, 'stranger', '周五', ID_STRANGER, NX)
  const unreg = await person(app, 'unreg', '赵一', ID_UNREG)
  return { app, logs, self, parent, agent, stranger, unreg }
}

/** POST and GET on the app `current()` returns (read at call time, so it may be assigned in beforeAll). */
export function requests(current: () => TestApp) {
  const post = (url: string, token: string | null, payload?: unknown, headers: Record<string, string> = {}) =>
    current().inject({ method: 'POST', url, headers: token ? auth(token, headers) : headers, payload: payload as any })
  const get = (url: string, token: string | null) =>
    current().inject({ method: 'GET', url, headers: token ? auth(token) : {} })
  return { post, get }
}

/**
 * No ID number of the world's people, and no unmasked 18-character ID at all, in the log lines: run after a
 * file's tests (afterAll), so every request a route test makes is covered, as when they shared one log.
 */
export function expectNoUnmaskedIds(logs: string[]) {
  const all = logs.join('')
  for (const id of [ID_SELF, ID_AGENT, ID_PARENT, ID_STRANGER, ID_UNREG, ID_TJ]) expect(all).not.toContain(id)
  expect(all).not.toMatch(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/)
}
