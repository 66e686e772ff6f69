/**
 * zustand `persist` storage over Taro's storage API: mini-programs have no localStorage, and on H5
 * Taro's storage is localStorage. Never persist a full ID number (the session keeps only masked data).
 */
import Taro from '@tarojs/taro'
import type { StateStorage } from 'zustand/middleware'

export const taroStorage: StateStorage = {
  getItem: (name) => {
    const v = Taro.getStorageSync(name)
    return typeof v === 'string' && v !== '' ? v : null
  },
  setItem: (name, value) => Taro.setStorageSync(name, value),
  removeItem: (name) => Taro.removeStorageSync(name),
}
