import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // Keep the first load small: pages are lazy chunks; vendors split by Taro's default.
  },
} satisfies UserConfigExport<'webpack5'>
