export default definePageConfig({ navigationBarTitleText: '档次对比' })
