export default definePageConfig({ navigationBarTitleText: '隐私政策与用户协议' })
