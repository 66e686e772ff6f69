/**
 * A hello-world Taro project (two pages, React, no plugins) written to a temp dir, built with the repo's own
 * @tarojs packages (node_modules is a symlink to the repo's), for the size and H5-start baselines.
 * The build is cached by a hash of the template + Taro version (sizes are deterministic); --fresh rebuilds.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, log, run } from './util'

export const HELLO_TEXT = 'Hello world from Taro'

const FILES: Record<string, string> = {
  'package.json': JSON.stringify(
    {
      name: 'taro-hello-world',
      version: '1.0.0',
      private: true,
      templateInfo: { name: 'default', typescript: true, css: 'None', framework: 'React' },
      browserslist: ['last 3 versions', 'Android >= 4.1', 'ios >= 8'],
    },
    null,
    2,
  ),
  'babel.config.js': `module.exports = { presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]] }\n`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2020',
      module: 'ESNext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      strict: true,
    },
    include: ['src', 'config'],
  }),
  'project.config.json': JSON.stringify({ miniprogramRoot: './', projectname: 'hello', appid: 'touristappid' }),
  'config/index.ts': `import { defineConfig } from '@tarojs/cli'
export default defineConfig<'webpack5'>(async () => ({
  projectName: 'hello',
  date: '2026-11-23',
  designWidth: 375,
  deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist/' + process.env.TARO_ENV,
  plugins: [],
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: true },
  mini: { postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } } },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
    miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
    postcss: { autoprefixer: { enable: true, config: {} }, cssModules: { enable: false } },
  },
}))
`,
  'src/index.html': `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta content="width=device-width,initial-scale=1,user-scalable=yes,viewport-fit=cover" name="viewport" />
    <title>hello</title>
    <script><%= htmlWebpackPlugin.options.script %></script>
  </head>
  <body><div id="app"></div></body>
</html>
`,
  'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index', 'pages/about/index'],
  window: { navigationBarTitleText: 'hello', navigationBarBackgroundColor: '#ffffff', navigationBarTextStyle: 'black' },
})
`,
  'src/app.ts': `import type { PropsWithChildren } from 'react'
import './app.css'
function App({ children }: PropsWithChildren) {
  return children
}
export default App
`,
  'src/app.css': `page { background: #fff; }\n`,
  'src/pages/index/index.config.ts': `export default definePageConfig({ navigationBarTitleText: '首页' })\n`,
  'src/pages/index/index.tsx': `import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
export default function Index() {
  return (
    <View className="index" id="hello">
      <Text>${HELLO_TEXT}</Text>
      <View onClick={() => Taro.navigateTo({ url: '/pages/about/index' })}>About</View>
    </View>
  )
}
`,
  'src/pages/about/index.config.ts': `export default definePageConfig({ navigationBarTitleText: 'About' })\n`,
  'src/pages/about/index.tsx': `import { View } from '@tarojs/components'
export default function About() {
  return <View>About this hello-world</View>
}
`,
  'types/global.d.ts': `/// <reference types="@tarojs/taro" />\n`,
}

export type Target = 'weapp' | 'alipay' | 'h5'

function taroVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@tarojs/cli/package.json'), 'utf8')).version
}

/** Writes the project (once per template hash) and returns its directory. */
export function helloProject(): string {
  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify(FILES) + taroVersion())
    .digest('hex')
    .slice(0, 12)
  const dir = path.join(os.tmpdir(), `zjb-bench-hello-${hash}`)
  if (!fs.existsSync(path.join(dir, '.written'))) {
    fs.rmSync(dir, { recursive: true, force: true })
    for (const [rel, text] of Object.entries(FILES)) {
      const p = path.join(dir, rel)
      fs.mkdirSync(path.dirname(p), { recursive: true })
      fs.writeFileSync(p, text)
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    fs.writeFileSync(path.join(dir, '.written'), new Date().toISOString())
  }
  return dir
}

/** Builds one target of a Taro project unless its dist exists (or fresh). Returns the dist root. */
export async function buildTarget(projectDir: string, target: Target, fresh: boolean): Promise<string> {
  const distRoot = path.join(projectDir, 'dist')
  const marker = target === 'h5' ? 'index.html' : 'app.json'
  if (!fresh && fs.existsSync(path.join(distRoot, target, marker))) return distRoot
  const t0 = Date.now()
  log(`building ${target} in ${projectDir} …`)
  await run(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', target], {
    cwd: projectDir,
    env: { NODE_ENV: 'production', CI: 'true', BROWSERSLIST_IGNORE_OLD_DATA: '1' } as unknown as NodeJS.ProcessEnv,
  })
  log(`built ${target} in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  if (!fs.existsSync(path.join(distRoot, target, marker))) throw new Error(`build of ${target} left no ${marker}`)
  return distRoot
}
