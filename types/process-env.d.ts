/**
 * The app has no node types (tsconfig.app.json): Taro replaces `process.env.X` at build time
 * (TARO_ENV, TARO_APP_API_BASE), so only that object is declared; its keys are NodeJS.ProcessEnv
 * in global.d.ts. Not part of tsconfig.json, where @types/node declares the real `process`.
 */
declare const process: { readonly env: NodeJS.ProcessEnv }
