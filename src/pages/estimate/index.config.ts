export default definePageConfig({ navigationBarTitleText: '养老金测算' })
