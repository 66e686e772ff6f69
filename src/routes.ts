/**
 * Every page of the app, in one place. app.config.ts builds its page list and tab bar from this table,
 * and pages navigate with `go(Route.X)` instead of typing paths.
 */
export const Route = {
  Home: 'pages/index/index',
  Services: 'pages/services/index',
  Mine: 'pages/mine/index',
} as const

export type RouteName = keyof typeof Route
export type RoutePath = (typeof Route)[RouteName]

/** Pages reached from the tab bar (switchTab, not navigateTo). */
export const TabRoutes: readonly RoutePath[] = [Route.Home, Route.Services, Route.Mine]

export const TabBar = [
  { pagePath: Route.Home, text: '首页', icon: 'home' },
  { pagePath: Route.Services, text: '办事', icon: 'services' },
  { pagePath: Route.Mine, text: '我的', icon: 'mine' },
] as const
