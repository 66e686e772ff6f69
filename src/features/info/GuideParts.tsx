/** The pieces of 办事指南: its sections, their lines (quotes marked 原文) and the region's contribution facts. */
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { contributionFacts, type GuideLine } from '@/domain/guides'
import { a11y } from '@/utils/a11y'
import { shownLines } from './guide.model'

/** H5 renders Taro buttons as custom elements that are not keyboard-focusable: make ours focusable. */
export const FOCUSABLE = { tabIndex: 0 } as Record<string, unknown>

export function Lines({ lines, id }: { lines: GuideLine[]; id?: string }) {
  return (
    <View id={id}>
      {shownLines(lines).map((l, i) => (
        <View key={i} className={`guide-line ${l.mark ? 'guide-quote' : ''}`}>
          {l.mark && <Text className="guide-mark">{l.mark}</Text>}
          <Text className="guide-text">{l.text}</Text>
        </View>
      ))}
    </View>
  )
}

export function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <View className="card" id={props.id} {...a11y('region', props.title)}>
      <Text className="card-title guide-title" {...a11y('heading')}>
        {props.title}
      </Text>
      {props.children}
    </View>
  )
}

/** 在本应用办理缴费核定时: the region's base mode, band, tiers, year, rate and period, from its rule set. */
export function Facts({ facts }: { facts: NonNullable<ReturnType<typeof contributionFacts>> }) {
  return (
    <View className="guide-facts" id="guide-facts">
      <Text className="guide-sub">在本应用办理缴费核定时</Text>
      <Text className="guide-text block">缴费基数：{facts.mode}</Text>
      {facts.band && (
        <Text className="guide-text block" id="guide-band">
          {facts.band.year}年度缴费基数下限 {facts.band.lower}，上限 {facts.band.upper}。
        </Text>
      )}
      {facts.tiers.length > 0 && (
        <Text className="guide-text block">档次：{facts.tiers.map((t) => `${t}%`).join('、')}</Text>
      )}
      <Text className="guide-text block">年度：{facts.yearKind}</Text>
      <Text className="guide-text block">{facts.rate}</Text>
      {facts.period.map((p) => (
        <Text key={p} className="guide-text block">
          {p}
        </Text>
      ))}
      <Text className="muted block">{facts.dataNotice}</Text>
    </View>
  )
}
