/**
 * Plain words for citizens from the pieces that produce them: China time whatever the device zone, a deleted
 * agent's pseudonym as a label, 办事指南 without developers' doubts (their notes stay in the data), and the
 * 办事 tab's wording of 缴费核定 from each region's rule set.
 */
import { describe, expect, it } from 'vitest'
import { actorLabel, formatChinaTime } from '../../src/utils/format'
import { contributionFacts, listGuides } from '../../src/domain/guides'
import { assessExplanation } from '../../src/domain/guides'

describe('formatChinaTime', () => {
  it('shows UTC+8 whatever the device zone, across midnight and year end', () => {
    expect(formatChinaTime('2026-09-15T02:05:00Z')).toBe('2026年9月15日 10:05')
    expect(formatChinaTime('2026-12-31T16:30:00.000Z')).toBe('2027年1月1日 00:30')
    expect(formatChinaTime('2026-03-01T00:00:00+08:00')).toBe('2026年3月1日 00:00')
    expect(formatChinaTime(null)).toBe('')
    expect(formatChinaTime('not a time')).toBe('')
  })
})

describe('actorLabel', () => {
  it('turns the deletion pseudonym into a plain label, and leaves names alone', () => {
    expect(actorLabel('已注销用户#5c20c273', true)).toBe('已注销的代办人')
    expect(actorLabel('已注销用户#5c20c273', false)).toBe('已注销的用户')
    expect(actorLabel('网页用户 赵*办', true)).toBe('网页用户 赵*办')
  })
})

describe('办事指南 data', () => {
  const DOUBTS = ['待核实', '来源未写明', '参考值', '本应用按', '地区参数', '未列出', '未说明']
  it('says nothing doubtful to citizens; what a source lacks is kept as a note for maintainers', () => {
    let notes = 0
    for (const g of listGuides()) {
      const shown = [
        g.source.scope ?? '',
        ...[
          g.eligibility,
          g.materials,
          g.online,
          g.counters,
          g.processingTime,
          g.officesNote,
          g.hotline,
          g.contribution,
        ]
          .flat()
          .filter((l) => !l.quote)
          .map((l) => l.text),
        contributionFacts(g.region)?.dataNotice ?? '',
      ].join('\n')
      for (const d of DOUBTS) expect(shown, `${g.name}: ${d}`).not.toContain(d)
      for (const l of [g.eligibility, g.processingTime, g.hotline].flat()) if (l.silent) notes += l.sourceNote ? 1 : 0
      expect(contributionFacts(g.region)?.dataStatus).toBeTruthy()
      expect(shown).toContain('12333')
    }
    expect(notes).toBeGreaterThan(5)
  })
})

describe('办事 tab: 缴费核定 in the words of the region’s rule set', () => {
  it('differs by region and says so before the region is known', () => {
    expect(assessExplanation('640000')).toContain('60到300')
    expect(assessExplanation('420100')).toContain('档次')
    expect(assessExplanation('420100')).not.toContain('60到300')
    expect(assessExplanation('120000')).toContain('自行申报')
    expect(assessExplanation(undefined)).toContain('因参保地而不同')
    expect(assessExplanation('999999')).toContain('因参保地而不同')
  })
})
