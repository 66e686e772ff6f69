export default definePageConfig({ navigationBarTitleText: '缴费凭证' })
