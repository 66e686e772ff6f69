/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'

/** Injected by config/index.ts (defineConstants): the API origin for mini-program builds; '' on H5 (same origin). */
declare const API_BASE: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'alipay' | 'h5' | 'swan' | 'tt' | 'qq' | 'jd' | 'rn'
    TARO_APP_API_BASE?: string
  }
}
