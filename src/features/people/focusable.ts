/** H5 renders Taro buttons as custom elements that are not keyboard-focusable: make ours focusable. */
export const FOCUSABLE = { tabIndex: 0 } as Record<string, unknown>
