import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Nothing to do at launch yet: stores hydrate themselves from Taro storage.
  })
  return children
}

export default App
