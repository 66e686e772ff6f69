/** 办事指南: the sections in page order (the contents list jumps to them) and which region opens. No React. */
import { guideFor, listGuides, type GuideLine } from '@/domain/guides'

/** The sections, in page order: the contents list jumps to them. */
export const SECTIONS = [
  { id: 'guide-who', title: '谁可以参保' },
  { id: 'guide-materials', title: '需要准备的材料' },
  { id: 'guide-how', title: '怎么办理' },
  { id: 'guide-time', title: '办理时限' },
  { id: 'guide-offices', title: '办理地点' },
  { id: 'guide-hotline', title: '咨询电话' },
  { id: 'guide-contribution', title: '缴费基数与缴费期间' },
] as const

/** The region the guide opens on: the one asked for (`?region=`) when there is a guide for it, else the first. */
export function initialRegion(asked: unknown): string {
  return typeof asked === 'string' && guideFor(asked) ? asked : listGuides()[0].region
}

/** The lines a section shows (empty ones are left out) and how a quoted one is marked. */
export function shownLines(lines: readonly GuideLine[]): { text: string; mark?: string }[] {
  return lines
    .filter((l) => l.text)
    .map((l) => ({ text: l.text, mark: l.quote ? `原文${l.ref ? `（${l.ref}）` : ''}：` : undefined }))
}
