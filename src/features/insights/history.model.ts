/** 缴费记录 by year: what a year's bar says and how wide its parts are; what a gap offers. No React. */
import type { HistoryResult } from '@/api/schema'
import { formatPeriodZh } from '@/domain/month'

type Year = HistoryResult['years'][number]
type Gap = Year['gaps'][number]

/** The year's bar read aloud, and the widths (of 12 months) of its paid and assessed parts. */
export function yearBar(y: Year): { speech: string; months: string; paid: string; assessed: string } {
  return {
    speech: `${y.year}年 已缴费${y.paidMonths}个月，已核定待缴费${y.assessedMonths}个月`,
    months: `${y.paidMonths + y.assessedMonths}/12 个月`,
    paid: `${(y.paidMonths / 12) * 100}%`,
    assessed: `${(y.assessedMonths / 12) * 100}%`,
  }
}

/** A gap that can still be paid online leads into 缴费核定 with that period; else it says whom to ask. */
export function gapAction(g: Gap): { label: string; params: { start: string; end: string } } | undefined {
  if (!g.payable) return undefined
  return { label: `补缴 ${formatPeriodZh(g.payable.start, g.payable.end)}`, params: { ...g.payable } }
}
