#!/usr/bin/env node
/**
 * Browser tests drive Debian's Chromium (no test tool downloads a browser). This makes sure it is there:
 * if missing and we are root with apt-get, install Debian's `chromium`; otherwise stop with how to install it.
 */
import { execSync } from 'node:child_process'
import fs from 'node:fs'

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  return candidates.find((p) => fs.existsSync(p))
}

/** Screenshots need a CJK font to be readable; install Debian's small WenQuanYi Micro Hei when we can (optional). */
function ensureCjkFont(isRoot, hasApt) {
  if (fs.existsSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc') || !isRoot || !hasApt) return
  try {
    execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei', { stdio: 'ignore' })
  } catch {
    console.log('[ensure-chromium] could not install fonts-wqy-microhei: screenshots will show boxes for Chinese text')
  }
}

export function ensureChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  let hasApt = false
  try {
    execSync('command -v apt-get', { stdio: 'ignore' })
    hasApt = true
  } catch {}
  const found = chromiumPath()
  if (found) {
    ensureCjkFont(isRoot, hasApt)
    return found
  }
  if (isRoot && hasApt) {
    console.log('[ensure-chromium] Chromium not found: installing Debian package "chromium" with apt-get …')
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    })
    ensureCjkFont(isRoot, hasApt)
    const after = chromiumPath()
    if (after) return after
  }
  console.error(
    '[ensure-chromium] Chromium is needed for the browser tests and was not found.\n' +
      '  Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
      '  or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  )
  process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`[ensure-chromium] using ${ensureChromium()}`)
}
