export default definePageConfig({ navigationBarTitleText: '缴费年限' })
