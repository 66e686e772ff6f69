export default definePageConfig({ navigationBarTitleText: '核定记录', enablePullDownRefresh: true })
