/** Types of scripts/size.mjs for the TypeScript benchmark scripts (scripts/bench/size.ts). */
export interface MiniSize {
  target: string
  missing?: true
  total: number
  main: number
  ok: boolean
}
export interface H5Size {
  target: 'h5'
  missing?: true
  total: number
  firstRaw: number
  firstGzip: number
  ok: boolean
}
export function measureMini(target: 'weapp' | 'alipay', distRoot?: string): MiniSize
export function measureH5(distRoot?: string): H5Size
export const MAIN_RATIO: number
export const HELLO_MAIN_KB: { weapp: number; alipay: number }
export function mainBudget(target: 'weapp' | 'alipay'): number
