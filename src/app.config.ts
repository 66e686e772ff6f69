import { MainRoutes, Route, SubPackages, TabBar, type RouteName, type RoutePath } from './routes'

const weapp = process.env.TARO_ENV === 'weapp'

/**
 * The flows each tab page can open (its own links, and the sign-in / 实名 steps any service may need
 * first): their sub-packages download while the tab page is shown, so the first tap does not wait.
 * tests/mini/bundle.test.ts checks that every Route a tab page links to is listed here.
 */
const reachable: Record<string, RouteName[]> = {
  [Route.Home]: [
    'Login',
    'Identity',
    'Register',
    'Assess',
    'Records',
    'Suspend',
    'People',
    'RecordDetail',
    'Estimate',
    'Messages',
    'Cashier', // 缴费提醒 (ReminderCard) leads to the cashier and the years tracker
    'Years',
  ],
  [Route.Services]: [
    'Login',
    'Identity',
    'Register',
    'Assess',
    'Records',
    'Suspend',
    'People',
    'Guide',
    'Estimate',
    'Messages',
  ],
  [Route.Mine]: ['Login', 'Identity', 'Register', 'Suspend', 'People', 'Records', 'Privacy', 'Guide', 'Messages'],
}
const rootOf = (r: RoutePath) => SubPackages.find((s) => r.startsWith(s.root + '/'))?.root ?? ''
const preloadRule = Object.fromEntries(
  Object.entries(reachable).map(([page, names]) => [
    page,
    { network: 'all' as const, packages: [...new Set(names.map((n) => rootOf(Route[n])).filter((r) => r))] },
  ]),
)

export default defineAppConfig({
  pages: [...MainRoutes],
  subPackages: SubPackages,
  preloadRule,
  // WeChat: inject only the components a page uses; the privacy guideline is enforced (clipboard: see
  // src/utils/privacy.ts); sitemap.json says which pages search may index.
  ...(weapp
    ? { lazyCodeLoading: 'requiredComponents', __usePrivacyCheck__: true, sitemapLocation: 'sitemap.json' }
    : {}),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0958d9',
    navigationBarTitleText: '灵活就业养老保险',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#4e5969',
    selectedColor: '#0958d9',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: TabBar.map((t) => ({
      pagePath: t.pagePath,
      text: t.text,
      iconPath: `assets/tab/${t.icon}.png`,
      selectedIconPath: `assets/tab/${t.icon}-active.png`,
    })),
  },
})
