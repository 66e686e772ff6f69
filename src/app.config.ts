import { MainRoutes, SubPackages, TabBar } from './routes'

export default defineAppConfig({
  pages: [...MainRoutes],
  subPackages: SubPackages,
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
