/** UI helpers for the Taro H5 build: inputs, pickers, modals. */
import type { Page } from 'playwright-core'

/** Types into a Taro input (`<taro-input-core id>` wrapping a native input). */
export async function fill(page: Page, id: string, value: string) {
  const input = page.locator(`.taro_page:visible #${id} input`).first()
  await input.fill(value)
}

/**
 * Chooses in a Taro H5 Picker: opens it by its trigger, taps the item with `text` (a tap selects by position,
 * as on a phone) unless `text` is omitted (keep the preselected value), then 确定.
 */
export async function pick(page: Page, triggerId: string, text?: string) {
  await page.locator(`.taro_page:visible #${triggerId}`).click()
  const picker = page.locator('.weui-picker:visible').last()
  await picker.waitFor()
  await page.waitForTimeout(600) // the sheet slides up; a tap selects by screen position
  if (text !== undefined) {
    await picker.locator('.weui-picker__item', { hasText: text }).first().click({ force: true })
    await page.waitForTimeout(600)
  }
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).last().click()
  await picker.waitFor({ state: 'hidden' })
}

/** Answers the Taro H5 modal (Taro.showModal): 确认 or 取消. Returns its text. */
export async function answerModal(page: Page, confirm: boolean): Promise<string> {
  const modal = page.locator('.taro-modal__content:visible').first()
  await modal.waitFor()
  const text = await modal.innerText()
  await modal.locator(confirm ? '.taro-model__confirm' : '.taro-model__cancel').click()
  await modal.waitFor({ state: 'hidden' })
  return text
}

/** The visible page's text. */
/**
 * Text of the page being shown. During a page transition the previous page is still visible for a moment,
 * so wait (up to 3 s) until exactly one page is visible; if that never happens, read the newest one.
 */
export async function pageText(page: Page) {
  const visible = page.locator('.taro_page:visible')
  for (let i = 0; i < 30 && (await visible.count()) !== 1; i++) await page.waitForTimeout(100)
  return visible.last().innerText()
}
