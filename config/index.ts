import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { ProjectFilePlugin, checkApiBase } from './release'

/**
 * One config for the three targets. `TARO_ENV` (weapp | alipay | h5) picks the platform;
 * each build lands in dist/<target> so they sit side by side.
 *
 * API base URL: on H5 the app is served by the backend itself, so requests are same-origin ('').
 * Mini-programs need an absolute URL: TARO_APP_API_BASE, default the local server on PORT
 * (http://127.0.0.1:${PORT:-3000}), so that `PORT=3100 npm start` builds mini-programs that call port 3100.
 * A mini-program build with a loopback or non-https base warns loudly; with RELEASE=1 it stops (release.ts).
 *
 * Mini-programs (see README "Building for a real phone"):
 *  - every module, dependencies included, is compiled by babel-preset-taro to its ES5 target (iOS 9 /
 *    Android 5), so old JavaScriptCore parses every bundle file (tests/mini/engines.test.ts checks ES2015);
 *  - requests go through Taro.request (src/api/client.ts): no axios, no XMLHttpRequest shim;
 *  - Chinese text stays UTF-8 in the minified output (Taro's default escapes it, doubling its size);
 *  - answer checks are compiled ahead of time (validators.ts → src/api/validators.gen.ts, regenerated here
 *    on every build), so TypeBox is not shipped;
 *  - the flow pages are one sub-package (src/routes.ts SubPackages): Taro's optimizeMainPackage puts the code
 *    only they use in that sub-package's sub-common, once, and the main package keeps what the tab pages and
 *    the app shell need;
 *  - the AppID comes from WEAPP_APPID / ALIPAY_APPID (default touristappid).
 */
const target = process.env.TARO_ENV
const localApi = `http://127.0.0.1:${process.env.PORT || '3000'}`
const apiBase = process.env.TARO_APP_API_BASE ?? (target === 'h5' ? '' : localApi)
/** node_modules files compiled like src (Taro compiles only its own packages by default); not babel's runtime. */
const compiledDependency = (file: string) =>
  /[\\/]node_modules[\\/]/.test(file) && !/[\\/]node_modules[\\/](@babel[\\/]runtime|core-js)[\\/]/.test(file)

/** src/api/validators.gen.ts from src/api/schema.ts (config/validators.ts, run by tsx: it loads src/ TypeScript). */
function generateValidators() {
  const root = path.resolve(__dirname, '..')
  const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['config/validators.ts'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (r.status !== 0) throw new Error('config/validators.ts failed: the answer checks could not be generated')
}

export default defineConfig<'webpack5'>(async (merge) => {
  checkApiBase(target, apiBase)
  generateValidators()
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhijianban',
    date: '2026-11-23',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${target}`,
    plugins: [],
    defineConstants: { API_BASE: JSON.stringify(apiBase) },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: process.env.CI !== 'true' },
    // Mini-programs: Chinese text kept as UTF-8 (Taro's default writes every character as a 6-byte \uXXXX
    // escape, doubling the app's text), and terser's usual size passes that Taro's defaults turn off.
    terser:
      target === 'weapp' || target === 'alipay'
        ? {
            enable: true,
            config: {
              output: { ascii_only: false },
              compress: { reduce_vars: true, collapse_vars: true, inline: true, hoist_props: true, passes: 2 },
            },
          }
        : undefined,
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      compile: { include: [compiledDependency] },
      // shared CSS sits in common.wxss (main) or the sub-package's sub-common: its order is not significant
      miniCssExtractPluginOption: { ignoreOrder: true },
      optimizeMainPackage: { enable: true },
      webpackChain(chain) {
        if (target === 'weapp' || target === 'alipay')
          chain.plugin('projectFile').use(ProjectFilePlugin, [target, path.resolve(__dirname, '..', 'dist', target)])
      },
    },
    // H5: the site's favicon (drawn by scripts/make-tab-icons.mjs); browsers ask for /favicon.ico on every load.
    // WeChat: sitemap.json (which pages WeChat search may index: none with personal data).
    copy:
      target === 'h5'
        ? { patterns: [{ from: 'src/assets/favicon.ico', to: `dist/h5/favicon.ico` }], options: {} }
        : target === 'weapp'
          ? { patterns: [{ from: 'src/sitemap.json', to: `dist/weapp/sitemap.json` }], options: {} }
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
