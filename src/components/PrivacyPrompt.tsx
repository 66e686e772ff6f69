import { useEffect } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { a11y } from '@/utils/a11y'
import {
  PRIVACY_AGREE_BUTTON_ID,
  answerPrivacy,
  openPrivacyContract,
  promptMounted,
  usePrivacyPrompt,
} from '@/utils/privacy'
import './PrivacyPrompt.css'

const PURPOSE: Record<string, string> = {
  setClipboardData: '复制核定流水号需要使用剪贴板。',
}

/**
 * WeChat's privacy authorization prompt (see src/utils/privacy.ts). Render it on every page that copies
 * to the clipboard; it shows itself only when WeChat asks for the user's agreement.
 */
export function PrivacyPrompt() {
  useEffect(() => promptMounted(), [])
  const { open, referrer } = usePrivacyPrompt()
  if (process.env.TARO_ENV !== 'weapp' || !open) return null
  return (
    <View className="privacy-mask">
      <View className="privacy-sheet" {...a11y('dialog', '隐私保护提示')}>
        <Text className="privacy-title" {...a11y('heading', '隐私保护提示')}>
          隐私保护提示
        </Text>
        <Text className="privacy-text">
          {(referrer && PURPOSE[referrer]) || '这项功能需要使用受保护的信息。'}
          请阅读并同意《指尖办小程序隐私保护指引》后继续；不同意也可以继续办理其他业务。
        </Text>
        <Text className="privacy-link" onClick={openPrivacyContract} {...a11y('link', '查看《隐私保护指引》')}>
          查看《隐私保护指引》
        </Text>
        <Button
          id={PRIVACY_AGREE_BUTTON_ID}
          className="btn btn-primary"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() => answerPrivacy(true)}
          {...a11y('button', '同意并继续')}
        >
          同意并继续
        </Button>
        <Button className="btn privacy-decline" onClick={() => answerPrivacy(false)} {...a11y('button', '不同意')}>
          不同意
        </Button>
      </View>
    </View>
  )
}
