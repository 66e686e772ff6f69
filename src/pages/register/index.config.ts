export default definePageConfig({ navigationBarTitleText: '参保登记', enablePullDownRefresh: true })
