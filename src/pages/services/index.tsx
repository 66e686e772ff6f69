import { View, Text } from '@tarojs/components'
import { a11y } from '@/utils/a11y'
import { services } from '@/services'
import { usePageClass } from '@/store/prefs'

/** 办事: every service with a one-line explanation of the term, as the agencies use it. */
const explanations: Record<string, string> = {
  register: '年满16周岁、未达到法定退休年龄的灵活就业人员，可在工作地或户籍地自愿参保，不受户籍限制。',
  assess: '按上年度社平工资的60%–300%选择缴费基数，确定缴费期间（所属期），核定后传输到税务缴费。',
  records: '核定后未传输的可直接撤销；已传输税务的，须先由税务部门撤销后再撤销核定。',
  proxy: '为已参保的家人办理，须填写其姓名和身份证号码，核对一致后方可办理。',
  suspend: '停保须说明原因和日期；有未缴费的核定时须先撤销。恢复参保从当月开始。',
}

export default function Services() {
  const pageClass = usePageClass()
  return (
    <View className={pageClass('page')}>
      {services.map((s) => (
        <View key={s.key} className="card" {...a11y('region', s.title)}>
          <Text className="card-title" {...a11y('heading')}>
            {s.title}
          </Text>
          <Text className="muted">{explanations[s.key]}</Text>
        </View>
      ))}
      <View className="card">
        <Text className="muted">如有疑问，请拨打人社服务热线 12333。</Text>
      </View>
    </View>
  )
}
