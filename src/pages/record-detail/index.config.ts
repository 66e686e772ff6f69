export default definePageConfig({ navigationBarTitleText: '核定详情' })
