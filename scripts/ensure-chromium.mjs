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

export function ensureChromium() {
  const found = chromiumPath()
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  let hasApt = false
  try {
    execSync('command -v apt-get', { stdio: 'ignore' })
    hasApt = true
  } catch {}
  if (isRoot && hasApt) {
    console.log('[ensure-chromium] Chromium not found: installing Debian package "chromium" with apt-get …')
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    })
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
