export default definePageConfig({ navigationBarTitleText: '缴费核定' })
