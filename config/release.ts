/**
 * What a build for real phones must not bake in, and where the AppIDs come from.
 *   apiBaseProblem: a mini-program build's API base must be an https origin that is not the machine itself
 *   (a phone cannot reach 127.0.0.1, and the platforms refuse plain http outside the developer tools).
 *   `RELEASE=1` builds (npm run release:weapp / release:alipay) stop on a problem; other production builds
 *   print a loud warning.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Compiler } from 'webpack'

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i
const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i

/** Why `base` cannot serve a phone, in a sentence; undefined when it can. */
export function apiBaseProblem(base: string): string | undefined {
  let url: URL
  try {
    url = new URL(base)
  } catch {
    return `API base "${base}" is not an absolute URL (set TARO_APP_API_BASE=https://…)`
  }
  if (url.protocol !== 'https:') return `API base ${base} is not https (WeChat and Alipay only call https servers)`
  if (LOOPBACK.test(url.hostname)) return `API base ${base} is this machine (loopback): a phone cannot reach it`
  if (IP_LITERAL.test(url.hostname))
    return `API base ${base} is an IP address: the platforms only call registered domain names`
  return undefined
}

export const isRelease = () => /^(1|true|yes)$/i.test(process.env.RELEASE ?? '')

/** Stops a RELEASE build, and warns loudly in any other production build, when the API base cannot serve phones. */
export function checkApiBase(target: string | undefined, base: string) {
  if (target !== 'weapp' && target !== 'alipay') return
  const problem = apiBaseProblem(base)
  if (!problem) return
  if (isRelease()) throw new Error(`RELEASE build of ${target} stopped: ${problem}.`)
  if (process.env.NODE_ENV === 'development') return
  const line = '!'.repeat(100)
  console.warn(
    `\n${line}\n!! ${target}: ${problem}.\n!! This build only works in the developer tools. For a real phone: ` +
      `RELEASE=1 TARO_APP_API_BASE=https://your.api npm run build:${target}\n${line}\n`,
  )
}

/** The AppID of a build: WEAPP_APPID / ALIPAY_APPID, else the developer tools' tourist AppID. */
export function appIdFor(target: string | undefined): string {
  const v = target === 'alipay' ? process.env.ALIPAY_APPID : process.env.WEAPP_APPID
  return v && v.trim() ? v.trim() : 'touristappid'
}

/**
 * Writes the AppID (and, for RELEASE builds, WeChat's URL check) into the project file Taro copied into
 * the build (dist/weapp/project.config.json, dist/alipay/mini.project.json) once webpack has emitted.
 */
export class ProjectFilePlugin {
  constructor(
    private target: 'weapp' | 'alipay',
    private outputDir: string,
  ) {}
  apply(compiler: Compiler) {
    compiler.hooks.afterEmit.tap('ProjectFilePlugin', () => {
      const file = path.join(this.outputDir, this.target === 'weapp' ? 'project.config.json' : 'mini.project.json')
      const json = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
      json.appid = appIdFor(this.target)
      if (this.target === 'weapp' && isRelease()) json.setting = { ...json.setting, urlCheck: true }
      fs.writeFileSync(file, JSON.stringify(json, null, 2) + '\n')
    })
  }
}
