/**
 * Every page of the app, in one place. app.config.ts builds its page list and tab bar from this table,
 * and pages navigate with `go(Route.X)` (src/utils/nav.ts) instead of typing paths.
 * Page parameters never carry personal data (no ID numbers, no names): only opaque ids.
 */
export const Route = {
  Home: 'tabs/home/index',
  Services: 'tabs/services/index',
  Mine: 'tabs/mine/index',
  Login: 'pages/login/index',
  Identity: 'pages/identity/index',
  Privacy: 'pages/privacy/index',
  Register: 'pages/register/index',
  Assess: 'pages/assess/index',
  Records: 'pages/records/index',
  RecordDetail: 'pages/record-detail/index',
  Suspend: 'pages/suspend/index',
  People: 'pages/people/index',
  Guide: 'pages/guide/index',
  Estimate: 'pages/estimate/index',
  Compare: 'pages/compare/index',
  Years: 'pages/years/index',
  History: 'pages/history/index',
  Cashier: 'pages/cashier/index',
  Receipt: 'pages/receipt/index',
  VoucherCheck: 'pages/voucher-check/index',
  Messages: 'pages/messages/index',
} as const

export type RouteName = keyof typeof Route
export type RoutePath = (typeof Route)[RouteName]

/** Page titles (the same as each page's navigationBarTitleText), for "登录后继续办理「…」". */
export const RouteTitle: Record<RouteName, string> = {
  Home: '首页',
  Services: '办事',
  Mine: '我的',
  Login: '登录',
  Identity: '实名认证',
  Privacy: '隐私政策与用户协议',
  Register: '参保登记',
  Assess: '缴费核定',
  Records: '核定记录',
  RecordDetail: '核定详情',
  Suspend: '停保/续保',
  People: '我的代办',
  Guide: '办事指南',
  Estimate: '养老金测算',
  Compare: '档次对比',
  Years: '缴费年限',
  History: '缴费记录',
  Cashier: '税务缴费',
  Receipt: '缴费凭证',
  VoucherCheck: '缴费凭证核验',
  Messages: '消息',
}

/**
 * What a page needs before it renders (src/routing/guard.tsx applies it, in this order):
 *   signedIn   — a valid session, else 登录 (and back here afterwards);
 *   identified — a bound real name (实名), else 实名认证 (and back here afterwards);
 *   registered — the person acted for is registered (参保登记), else a card that says so and what to do
 *                (to 参保登记 for oneself; an agent cannot register for someone else).
 * Pages not listed are open to everyone (首页, 办事, 我的, 指南, 隐私, 凭证核验 …).
 */
export type Requirement = 'signedIn' | 'identified' | 'registered'
const IDENTIFIED = ['signedIn', 'identified'] as const
export const Guards: Partial<Record<RouteName, readonly Requirement[]>> = {
  Identity: ['signedIn'],
  Register: IDENTIFIED,
  Assess: [...IDENTIFIED, 'registered'],
  Records: IDENTIFIED,
  RecordDetail: IDENTIFIED,
  Suspend: IDENTIFIED,
  People: IDENTIFIED,
  Estimate: IDENTIFIED,
  Compare: IDENTIFIED,
  Years: IDENTIFIED,
  History: IDENTIFIED,
  Cashier: IDENTIFIED,
  Receipt: IDENTIFIED,
  Messages: IDENTIFIED,
}

/** Pages reached from the tab bar (switchTab, not navigateTo). */
export const TabRoutes: readonly RoutePath[] = [Route.Home, Route.Services, Route.Mine]

/**
 * The main package holds the tab pages only (src/tabs/); every flow page is in ONE sub-package, root `pages`,
 * so the code the flows share is there once — neither in the main package (which the mini-programs load
 * before the first screen) nor copied into several sub-packages — and a flow's code loads ahead while a
 * tab page is shown (preloadRule, app.config.ts). Paths do not change: `pages/assess/index` is page
 * `assess/index` of sub-package `pages`.
 */
export const MainRoutes: readonly RoutePath[] = TabRoutes

/** The one sub-package of the flow pages. */
export const FLOW_ROOT = 'pages'

export const SubPackages = [
  {
    root: FLOW_ROOT,
    pages: (Object.values(Route) as RoutePath[])
      .filter((r) => !MainRoutes.includes(r))
      .map((r) => {
        if (!r.startsWith(FLOW_ROOT + '/')) throw new Error(`flow page ${r} must be under ${FLOW_ROOT}/`)
        return r.slice(FLOW_ROOT.length + 1)
      }),
  },
]

export const TabBar = [
  { pagePath: Route.Home, text: '首页', icon: 'home' },
  { pagePath: Route.Services, text: '办事', icon: 'services' },
  { pagePath: Route.Mine, text: '我的', icon: 'mine' },
] as const
