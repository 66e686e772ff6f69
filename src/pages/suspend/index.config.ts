export default definePageConfig({ navigationBarTitleText: '停保/续保', enablePullDownRefresh: true })
