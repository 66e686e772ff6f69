export default definePageConfig({ navigationBarTitleText: '税务缴费' })
