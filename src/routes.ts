/**
 * Every page of the app, in one place. app.config.ts builds its page list and tab bar from this table,
 * and pages navigate with `go(Route.X)` (src/utils/nav.ts) instead of typing paths.
 * Page parameters never carry personal data (no ID numbers, no names): only opaque ids.
 */
export const Route = {
  Home: 'pages/index/index',
  Services: 'pages/services/index',
  Mine: 'pages/mine/index',
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
} as const

export type RouteName = keyof typeof Route
export type RoutePath = (typeof Route)[RouteName]

/** Pages reached from the tab bar (switchTab, not navigateTo). */
export const TabRoutes: readonly RoutePath[] = [Route.Home, Route.Services, Route.Mine]

/**
 * The main package holds the tab pages only; every flow page is its own sub-package (root = its folder),
 * so the mini-programs' main package stays within budget and a flow's code loads when it is opened.
 * Paths do not change: `pages/assess/index` is page `index` of sub-package `pages/assess`.
 */
export const MainRoutes: readonly RoutePath[] = TabRoutes

export const SubPackages = (Object.values(Route) as RoutePath[])
  .filter((r) => !MainRoutes.includes(r))
  .map((r) => ({ root: r.slice(0, r.lastIndexOf('/')), pages: [r.slice(r.lastIndexOf('/') + 1)] }))

export const TabBar = [
  { pagePath: Route.Home, text: '首页', icon: 'home' },
  { pagePath: Route.Services, text: '办事', icon: 'services' },
  { pagePath: Route.Mine, text: '我的', icon: 'mine' },
] as const
