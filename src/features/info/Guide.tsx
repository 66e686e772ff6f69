/**
 * 办事指南 (pages/guide?region=640000): who may register, materials, how to apply (this app, the official
 * channels and the counters), processing time, offices, hotline, and the base/tier/period facts of the
 * region. The only page parameter is a region code. Text quoted from a source document is marked as such
 * (“原文”); where a source is silent the citizen is told plainly what applies and whom to call (12333) —
 * what the source lacks (`sourceNote`) and the data status of the figures stay in src/domain/guides.ts and
 * the docs, never on this page. A contents list at the top jumps to each section.
 */
import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { Card } from '@/components/Card'
import { GoButton } from '@/components/Actions'
import Taro, { useRouter } from '@tarojs/taro'
import { contributionFacts, guideFor, listGuides, HOTLINE } from '@/domain/guides'
import { Route } from '@/routes'
import { a11y } from '@/utils/a11y'
import { usePageClass } from '@/store/prefs'
import { SECTIONS, initialRegion } from './guide.model'
import { FOCUSABLE, Facts, Lines, Section } from './GuideParts'
import './guide.css'

function jump(id: string) {
  void Taro.pageScrollTo({ selector: `#${id}`, duration: 200 }).catch(() => {})
}

export function Guide() {
  const pageClass = usePageClass()
  const router = useRouter()
  const guides = listGuides()
  const [code, setCode] = useState(() => initialRegion(router.params.region))
  const guide = guideFor(code) ?? guides[0]
  const facts = contributionFacts(guide.region)

  const call = () => void Taro.makePhoneCall({ phoneNumber: HOTLINE }).catch(() => {})

  return (
    <View className={pageClass('page guide-page')} id="guide-page">
      <Card title="选择地区">
        <View className="guide-regions" id="guide-regions">
          {guides.map((g) => {
            const selected = g.region === guide.region
            return (
              <Button
                {...FOCUSABLE}
                key={g.region}
                id={`region-${g.region}`}
                className={`guide-region ${selected ? 'guide-region-selected' : ''}`}
                onClick={() => setCode(g.region)}
                {...a11y('button', `${g.name}${selected ? '（已选）' : ''}`)}
                aria-pressed={selected ? 'true' : 'false'}
              >
                {selected && (
                  <Text className="guide-region-mark" aria-hidden="true">
                    ✓{' '}
                  </Text>
                )}
                {g.name}
              </Button>
            )
          })}
        </View>
      </Card>

      <Card id="guide-source" title={`${guide.name}灵活就业人员参保办事指南`}>
        <Text className="muted block">
          依据：{guide.source.title}（{guide.source.issuer}）
        </Text>
        {guide.source.scope && <Text className="muted block">适用范围：{guide.source.scope}</Text>}
        <Text className="muted block">标“原文”的是来源文件的原话；具体以当地经办机构的规定为准。</Text>
      </Card>

      <Card id="guide-contents" title="目录" region>
        <View>
          {SECTIONS.map((sec) => (
            <View
              key={sec.id}
              id={`toc-${sec.id}`}
              className="guide-toc-item"
              onClick={() => jump(sec.id)}
              {...a11y('link', sec.title)}
            >
              <Text>{sec.title}</Text>
              <Text className="guide-toc-more" aria-hidden="true">
                ›
              </Text>
            </View>
          ))}
        </View>
        <Text className="muted block guide-ask">
          有疑问，请拨打人力资源社会保障服务热线 {HOTLINE}，或到参保地社保经办机构咨询。
        </Text>
      </Card>

      <Section id="guide-who" title="谁可以参保">
        <Lines lines={guide.eligibility} />
      </Section>
      <Section id="guide-materials" title="需要准备的材料">
        <Lines lines={guide.materials} />
      </Section>
      <Section id="guide-how" title="怎么办理">
        <Text className="guide-sub">线上办理</Text>
        <Lines lines={guide.online} />
        <GoButton id="guide-go-register" to={Route.Register} label="去参保登记" extra={FOCUSABLE} />
        <Text className="guide-sub">窗口办理</Text>
        <Lines lines={guide.counters} />
      </Section>
      <Section id="guide-time" title="办理时限">
        <Lines lines={guide.processingTime} />
      </Section>
      <Section id="guide-offices" title="办理地点">
        <Lines lines={guide.officesNote} />
        {guide.offices.length > 0 && (
          <View {...a11y('list', '办理地点')}>
            {guide.offices.map((o) => (
              <View key={o.name} className="guide-office" {...a11y('listitem')}>
                <Text className="guide-office-name">{o.name}</Text>
                <Text className="guide-text block">地址：{o.address}</Text>
                {o.hours && <Text className="muted block">受理时间：{o.hours}</Text>}
              </View>
            ))}
          </View>
        )}
      </Section>
      <Section id="guide-hotline" title="咨询电话">
        <Lines lines={guide.hotline} />
        <Button
          {...FOCUSABLE}
          id="guide-call"
          className="btn btn-secondary"
          onClick={call}
          {...a11y('button', `拨打 ${HOTLINE}`)}
        >
          拨打 {HOTLINE}
        </Button>
      </Section>
      <Section id="guide-contribution" title="缴费基数与缴费期间">
        <Lines lines={guide.contribution} />
        {facts && <Facts facts={facts} />}
      </Section>
    </View>
  )
}
