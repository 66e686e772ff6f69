import { View, Text } from '@tarojs/components'
import { a11y, focusable } from '@/utils/a11y'
import '@/components/Form.css'
import { usePageClass } from '@/store/prefs'

const sections: { title: string; paragraphs: string[] }[] = [
  {
    title: '一、我们收集哪些信息',
    paragraphs: [
      '1. 登录信息：您使用手机号码登录时的手机号码；使用微信或支付宝登录时，该平台提供的用户标识（不含您的微信或支付宝账号密码）。',
      '2. 实名信息：姓名、公民身份号码。我们据此核验身份，并由号码得出出生日期和性别，用于判断参保年龄和计算法定退休年龄。',
      '3. 参保和缴费信息：参保地区、参保身份、职工养老保险参保情况、缴费基数、缴费期间、核定记录、停保和续保记录。',
      '4. 代办信息：您为家人代办时填写的家人姓名和身份证号码，仅用于核对其参保身份。',
    ],
  },
  {
    title: '二、我们如何使用这些信息',
    paragraphs: [
      '仅用于办理灵活就业人员基本养老保险的参保登记、缴费核定、传输税务、停保和续保等业务，以及依法留存办理记录。我们不会将您的信息用于营销，也不会向无关第三方提供。',
      '核定信息会传输给税务部门用于申报缴费，这是办理业务所必需的。',
    ],
  },
  {
    title: '三、我们如何保护这些信息',
    paragraphs: [
      '信息传输全程加密；页面和记录中身份证号码脱敏显示（如 640104********0024），家人姓名脱敏显示（如 王*某）。手机上只保存登录凭证和脱敏后的信息，退出登录后即清除。',
      '每一次办理都会记录办理人和时间，您可以在办理记录中查看谁为您办理过业务。',
    ],
  },
  {
    title: '四、您的权利',
    paragraphs: [
      '您可以查询、更正您的信息；可以随时退出登录；可以在「我的 → 账户与隐私」中撤回同意（撤回后将退出登录，下次登录时会重新征求您的同意），或注销账户（删除您的个人信息；社保经办记录依法保留）。如有任何疑问，请拨打人社服务热线 12333。',
    ],
  },
  {
    title: '用户协议',
    paragraphs: [
      '1. 本服务为灵活就业人员办理基本养老保险业务提供线上渠道，办理结果以社保经办机构和税务部门的记录为准。',
      '2. 您应如实填写信息。为他人代办须事先取得本人同意，并对所填信息的真实性负责。',
      '3. 核定传输税务后如需撤销，须先向税务部门申请；已缴费的核定不能撤销。请在提交前仔细核对。',
      '4. 请妥善保管您的手机和登录凭证，不要将验证码告诉他人。',
    ],
  },
]

export default function Privacy() {
  const pageClass = usePageClass()
  return (
    <View className={pageClass('page privacy')}>
      <View className="card">
        <Text className="card-title" {...a11y('heading')}>
          隐私政策与用户协议
        </Text>
        <Text className="muted">版本 1 · 灵活就业养老保险「指尖办」</Text>
      </View>
      {sections.map((s) => (
        <View key={s.title} className="card" {...a11y('region', s.title)} {...focusable}>
          <Text className="card-title" {...a11y('heading')}>
            {s.title}
          </Text>
          {s.paragraphs.map((p) => (
            <Text key={p} className="notice-text">
              {p}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
