/**
 * 我的 as data: the account-and-privacy panels (撤回隐私授权, 注销账户) as one small reducer, and signing out.
 * Signing out and deleting the account clear the session; the query cache drops the account's answers on
 * that change by itself (src/query/cache.ts).
 */
import { api } from '@/api/endpoints'
import { useActingFor } from '@/store/actingFor'
import { useConsent } from '@/store/consent'
import { useSession } from '@/store/session'

/** The word the user types (or taps) to confirm deletion. */
export const DELETE_WORD = '注销'

export type Panel = 'none' | 'withdraw' | 'delete'

export interface MineState {
  panel: Panel
  deleteWord: string
}

export const initialMine: MineState = { panel: 'none', deleteWord: '' }

export type MineAction =
  /** a menu row: opens its panel, or closes it when open */
  { type: 'toggle'; panel: Exclude<Panel, 'none'> } | { type: 'close' } | { type: 'deleteWord'; value: string }

export function mine(s: MineState, a: MineAction): MineState {
  switch (a.type) {
    case 'toggle':
      return { panel: s.panel === a.panel ? 'none' : a.panel, deleteWord: '' }
    case 'close':
      return initialMine
    case 'deleteWord':
      return { ...s, deleteWord: a.value }
  }
}

/** Deletion is confirmed by typing the word. */
export const deleteConfirmed = (s: MineState) => s.deleteWord.trim() === DELETE_WORD

/**
 * Signs out: tells the server, then clears the session and whom one acts for. Privacy consent stays: signing
 * out is not withdrawing consent (that is 撤回隐私授权, which also signs out).
 */
export async function signOutEverywhere(opts: { withdrawConsent?: boolean } = {}) {
  try {
    await api.logout()
  } catch {
    /* the token is dropped locally whatever the server says */
  }
  useSession.getState().signOut()
  if (opts.withdrawConsent) useConsent.getState().withdraw()
  useActingFor.getState().actForSelf()
}

/** After 注销: the server has already dropped the token; clear everything the device keeps about the user. */
export function clearLocalAccount() {
  useSession.getState().signOut()
  useConsent.getState().withdraw()
  useActingFor.getState().actForSelf()
}
