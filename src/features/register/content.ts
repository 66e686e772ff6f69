/** The texts of 参保登记 that are data: the 参保须知 points and the 岗位性质 choices. */

/** 参保须知: each point a heading and its text. */
export const NOTICE: readonly (readonly [string, string])[] = [
  [
    '谁可以登记',
    '年满16周岁、未达到法定退休年龄的灵活就业人员，可申请参加企业职工基本养老保险，不受户籍限制，可在工作地或户籍地参保。',
  ],
  [
    '参保身份',
    '无雇工的个体工商户；未在用人单位参加基本养老保险的非全日制从业人员；其他灵活就业人员。有雇工的个体工商户请以用人单位身份参保。',
  ],
  ['正在单位参保的', '须原单位停缴（中断缴费）后再登记；已参保的无需重复登记。'],
  [
    '登记后怎么做',
    '先办理缴费核定（选择缴费基数和缴费期间），核定信息传输到税务部门后，通过税务渠道（微信、支付宝、银行等）缴费。',
  ],
  ['如实填写', '出生日期和性别由您实名认证的身份证号码得出，不能修改。'],
]

export const POST_TYPES = [
  { value: 'cadre', label: '干部（管理）岗位', hint: '原法定退休年龄为55周岁。' },
  { value: 'worker', label: '工人岗位', hint: '原法定退休年龄为50周岁。' },
] as const
