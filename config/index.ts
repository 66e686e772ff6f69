import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * One config for the three targets. `TARO_ENV` (weapp | alipay | h5) picks the platform;
 * each build lands in dist/<target> so they sit side by side.
 *
 * API base URL: on H5 the app is served by the backend itself, so requests are same-origin ('').
 * Mini-programs need an absolute URL: TARO_APP_API_BASE, default the local server on PORT
 * (http://127.0.0.1:${PORT:-3000}), so that `PORT=3100 npm start` builds mini-programs that call port 3100.
 */
const target = process.env.TARO_ENV
const localApi = `http://127.0.0.1:${process.env.PORT || '3000'}`
const apiBase = process.env.TARO_APP_API_BASE ?? (target === 'h5' ? '' : localApi)

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhijianban',
    date: '2026-11-23',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${target}`,
    plugins: [['@tarojs/plugin-http', { enableCookie: false }]],
    defineConstants: { API_BASE: JSON.stringify(apiBase) },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: process.env.CI !== 'true' },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    // the H5 site's favicon (drawn by scripts/make-tab-icons.mjs); browsers ask for /favicon.ico on every load
    copy:
      target === 'h5'
        ? { patterns: [{ from: 'src/assets/favicon.ico', to: `dist/h5/favicon.ico` }], options: {} }
        : undefined,
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // Taro splits only initial chunks on H5, so every lazy page chunk carried its own copy of the shared
      // code (rules engine, API client, components). Share what two or more pages use in async chunks.
      webpackChain(chain) {
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              sharedAsync: { chunks: 'async', minChunks: 2, priority: -5, reuseExistingChunk: true },
            },
          },
        })
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
