/**
 * Visibility check for the browser tests: every button and link on the screen as it is NOW (disabled,
 * loading, counting down, error…) has visible text with a contrast of at least 4.5:1 against what is really
 * behind it. Unlike axe, disabled controls are included.
 *
 * For each control (Taro buttons, role=button/link/tab/switch/radio/checkbox, <a>, <button>, tab-bar items)
 * on the page being shown (or, when a dialog is open, in the dialog only), every non-blank text node inside
 * it is measured:
 *   - its box must have a size and not be hidden (display/visibility), with a font size > 0;
 *   - the text colour (with its alpha and the opacity of every ancestor) is composited over the backdrop;
 *   - the backdrop is what the browser paints under the text's centre: document.elementsFromPoint, from the
 *     text's element down, each background colour composited in paint order (gradients count by their
 *     worst stop; a background image that is not a gradient is reported, it cannot be judged).
 * A control with no visible text at all fails too.
 *
 *   await expectVisible(page, 'login-countdown')   // throws listing every failing control
 *
 * Each call also keeps a 375 px screenshot of the screen it checked (artifacts/screenshots/<where>-375.png),
 * so every state the tests reach can be looked at.
 */
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { screenshot } from './browser'

export interface VisibilityProblem {
  control: string
  text: string
  problem: string
  ratio?: number
  fg?: string
  bg?: string
}

export const MIN_CONTRAST = 4.5

/** Waits until no animation runs (a page sliding in has colours mid-fade). */
export async function settle(page: Page) {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
      timeout: 5000,
    })
    .catch(() => {})
  await page.waitForTimeout(150)
}

export async function checkVisibility(page: Page): Promise<VisibilityProblem[]> {
  await settle(page)
  return page.evaluate((min) => {
    type RGBA = [number, number, number, number]
    const parse = (c: string): RGBA | undefined => {
      const m = c.match(/rgba?\(([^)]+)\)/)
      if (!m) return c === 'transparent' ? [0, 0, 0, 0] : undefined
      const p = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number)
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]
    }
    /** a over b (b opaque) */
    const over = (a: RGBA, b: RGBA): RGBA => [
      a[0] * a[3] + b[0] * (1 - a[3]),
      a[1] * a[3] + b[1] * (1 - a[3]),
      a[2] * a[3] + b[2] * (1 - a[3]),
      1,
    ]
    const lum = (c: RGBA) => {
      const ch = (v: number) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
    }
    const contrast = (a: RGBA, b: RGBA) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
      return (x + 0.05) / (y + 0.05)
    }
    const hex = (c: RGBA) =>
      '#' +
      c
        .slice(0, 3)
        .map((v) => Math.round(v).toString(16).padStart(2, '0'))
        .join('')
    const opacityOf = (el: Element) => {
      let o = 1
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity)
      return o
    }
    const shown = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e)
        if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false
      }
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0
    }
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : ''
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''
      return `${el.tagName.toLowerCase()}${id}${cls}`.slice(0, 120)
    }

    // Scope: an open dialog (modal, action sheet) hides the page behind its mask; else the shown page + tab bar.
    const open = (e: Element) => shown(e) || [...e.querySelectorAll('*')].some(shown)
    const dialogs = [...document.querySelectorAll('.taro__modal, .taro__actionSheet, .weui-picker')].filter(open)
    let roots: Element[]
    if (dialogs.length) roots = dialogs
    else {
      const pages = [...document.querySelectorAll('.taro_page')].filter(shown)
      roots = [...pages.slice(-1), ...[...document.querySelectorAll('.taro-tabbar__tabbar, #h5-nav')].filter(shown)]
      if (!pages.length) roots = [document.body] // not the app (e.g. /dev/tax)
    }
    const SEL =
      'taro-button-core, button, a, [role=button], [role=link], [role=tab], [role=switch], [role=radio], [role=checkbox], .taro-model__btn, .weui-picker__action, .weui-tabbar__item'
    const controls = new Set<Element>()
    for (const r of roots) r.querySelectorAll(SEL).forEach((e) => controls.add(e))
    // a control nested in another control is measured as part of the outer one
    const outer = [...controls].filter((c) => ![...controls].some((o) => o !== c && o.contains(c)))

    // scrolling each control into view moves scroll containers: put them back afterwards
    const scrolled = [...document.querySelectorAll('*')]
      .filter((e) => e.scrollHeight > e.clientHeight)
      .map((e) => [e, e.scrollTop] as const)
    const winY = scrollY

    const problems: VisibilityProblem[] = []
    for (const el of outer) {
      if (!shown(el) || el.closest('[aria-hidden="true"]')) continue
      el.scrollIntoView({ block: 'center', inline: 'nearest' })
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      let seen = 0
      const texts: Text[] = []
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim()) texts.push(n as Text)
      for (const t of texts) {
        const host = t.parentElement
        if (!host || !shown(host)) continue
        const range = document.createRange()
        range.selectNodeContents(t)
        const rect = range.getBoundingClientRect()
        const label = t.textContent!.trim().slice(0, 40)
        if (rect.width < 1 || rect.height < 1) continue
        const style = getComputedStyle(host)
        if (parseFloat(style.fontSize) <= 0) continue
        seen++
        const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1)
        const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1)
        const stack = document.elementsFromPoint(x, y)
        const at = stack.indexOf(host)
        // something opaque painted over the text (not its own descendants)?
        if (at > 0) {
          const above = stack.slice(0, at).find((e) => {
            if (host.contains(e) || e.contains(host)) return false
            const bg = parse(getComputedStyle(e).backgroundColor)
            return !!bg && bg[3] * opacityOf(e) > 0.5
          })
          if (above) {
            problems.push({ control: describe(el), text: label, problem: `covered by ${describe(above)}` })
            continue
          }
        }
        const below = at >= 0 ? stack.slice(at) : [host, ...stack]
        // backdrop: paint from the bottom up (white canvas first)
        let bgs: RGBA[] = [[255, 255, 255, 1]]
        let unknown = ''
        for (const e of [...below].reverse()) {
          const s = getComputedStyle(e)
          const o = opacityOf(e)
          const layers: RGBA[] = []
          const img = s.backgroundImage
          if (img && img !== 'none') {
            if (/gradient/.test(img)) {
              for (const m of img.matchAll(/rgba?\([^)]+\)/g)) layers.push(parse(m[0])!)
            } else unknown = `background image on ${describe(e)}`
          }
          const bg = parse(s.backgroundColor)
          if (bg && bg[3] > 0) {
            const a: RGBA = [bg[0], bg[1], bg[2], bg[3] * o]
            bgs = bgs.map((b) => over(a, b))
          }
          if (layers.length) {
            const next: RGBA[] = []
            for (const b of bgs) for (const l of layers) next.push(over([l[0], l[1], l[2], l[3] * o], b))
            bgs = next
          }
        }
        const fg0 = parse(style.color) ?? [0, 0, 0, 1]
        const fgAlpha = fg0[3] * opacityOf(host)
        let worst = Infinity
        let worstFg: RGBA = fg0
        let worstBg: RGBA = bgs[0]
        for (const b of bgs) {
          const fg = over([fg0[0], fg0[1], fg0[2], fgAlpha], b)
          const c = contrast(fg, b)
          if (c < worst) [worst, worstFg, worstBg] = [c, fg, b]
        }
        if (unknown) problems.push({ control: describe(el), text: label, problem: unknown })
        else if (worst < min)
          problems.push({
            control: describe(el),
            text: label,
            problem: `contrast ${worst.toFixed(2)} < ${min}`,
            ratio: Math.round(worst * 100) / 100,
            fg: hex(worstFg),
            bg: hex(worstBg),
          })
      }
      if (seen === 0) problems.push({ control: describe(el), text: '', problem: 'no visible text' })
    }
    for (const [e, top] of scrolled) e.scrollTop = top
    window.scrollTo(0, winY)
    return problems
  }, MIN_CONTRAST)
}

/**
 * Texts whose last line holds a single character (e.g. a subtitle ending in a lone "理"): per text node of the
 * shown page, the characters are grouped into lines by their boxes; punctuation does not count.
 */
export async function checkOrphans(page: Page): Promise<VisibilityProblem[]> {
  return page.evaluate(() => {
    const pages = [...document.querySelectorAll('.taro_page')].filter((p) => (p as HTMLElement).offsetParent !== null)
    const root = pages[pages.length - 1] ?? document.body
    const PUNCT = /[\s，。、；：？！“”‘’（）《》「」…—·,.;:?!()\-–]/
    // the characters of each block (a Text is inline: its block is the nearest non-inline ancestor), in order
    const blocks = new Map<Element, { node: Text; i: number }[]>()
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      let host = n.parentElement
      if (!host || host.offsetParent === null || !n.textContent?.trim()) continue
      while (host.parentElement && getComputedStyle(host).display.startsWith('inline') && host !== root)
        host = host.parentElement
      const list = blocks.get(host) ?? []
      for (let i = 0; i < n.textContent.length; i++) list.push({ node: n as Text, i })
      blocks.set(host, list)
    }
    const problems: { control: string; text: string; problem: string }[] = []
    const range = document.createRange()
    for (const [block, chars] of blocks) {
      if (chars.length < 4) continue
      const lines = new Map<number, string>()
      for (const { node, i } of chars) {
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const r = range.getBoundingClientRect()
        if (r.width === 0) continue
        const top = Math.round((r.top + r.height / 2) / 6)
        lines.set(top, (lines.get(top) ?? '') + node.textContent![i])
      }
      if (lines.size < 2) continue
      const last = lines.get(Math.max(...lines.keys()))!
      if ([...last].filter((c) => !PUNCT.test(c)).length === 1)
        problems.push({
          control: (typeof block.className === 'string' && block.className) || block.tagName,
          text: (block.textContent ?? '').trim().slice(0, 40),
          problem: `lone "${last.trim()}" on the last line`,
        })
    }
    return problems
  })
}

/** Fails the test with every control whose text is not readable on the current screen. */
export async function expectVisible(page: Page, where: string) {
  const problems = [...(await checkVisibility(page)), ...(await checkOrphans(page))]
  await screenshot(page, where.replace(/[^\w\u4e00-\u9fa5-]+/g, '-'))
  expect(
    problems.map((p) => `${where}: ${p.control} “${p.text}” — ${p.problem}${p.fg ? ` (${p.fg} on ${p.bg})` : ''}`),
  ).toEqual([])
}
