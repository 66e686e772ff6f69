export default definePageConfig({
  navigationBarTitleText: '灵活就业养老保险',
  enablePullDownRefresh: true,
})
