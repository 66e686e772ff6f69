/**
 * 办事指南: per-region service guide (pure data; no Taro, no I/O).
 *
 * Content comes from the source documents in shared/sources (S000 杭州西湖区, S001 甘肃, S002 天津,
 * S003 宁夏, S004 武汉). A line with `quote: true` is the source's own wording (verbatim, only whitespace
 * normalised); `quote: false` is our plain-language note, e.g. where a source is silent (`silent: true`).
 * `ref` names the place in the source. The base/tier/period facts come from the engine's region
 * configuration (rulesets/regions.ts), not from the sources, and carry the data status of the figures.
 */
import { HOTLINE } from './contribution-facts'
import { listRegions } from './rulesets/regions'

export interface GuideLine {
  text: string
  /** verbatim from the source document */
  quote?: boolean
  /**
   * the source says nothing on this point: `text` tells the citizen plainly what applies and whom to ask;
   * `sourceNote` records what the source does (not) say, for maintainers (never shown to citizens)
   */
  silent?: boolean
  sourceNote?: string
  /** section of the source, e.g. '5.1.4' or '八' */
  ref?: string
}

export interface GuideOffice {
  name: string
  address: string
  /** 受理接待时间 as the source gives it */
  hours?: string
}

export interface GuideSource {
  id: 'S000' | 'S001' | 'S002' | 'S003' | 'S004'
  title: string
  issuer: string
  /** what area the document covers when it is narrower than the region */
  scope?: string
}

export interface RegionGuide {
  region: string
  name: string
  source: GuideSource
  /** 谁可以参保 */
  eligibility: GuideLine[]
  /** 需要的材料（证件） */
  materials: GuideLine[]
  /** 怎么办：线上（本应用及官方渠道） */
  online: GuideLine[]
  /** 怎么办：线下窗口 */
  counters: GuideLine[]
  /** 办理时限 */
  processingTime: GuideLine[]
  /** 办理地点（仅来源文件列明的） */
  offices: GuideOffice[]
  /** when `offices` is empty: what the source says instead */
  officesNote: GuideLine[]
  /** 咨询电话 */
  hotline: GuideLine[]
  /** 缴费基数与所属期：来源文件的说法 */
  contribution: GuideLine[]
}

export { HOTLINE, contributionFacts, assessExplanation, type ContributionFacts } from './contribution-facts'

const q = (text: string, ref?: string): GuideLine => ({ text, quote: true, ref })
const note = (text: string): GuideLine => ({ text })
/** A point the source is silent on: what the citizen is told (may be empty: nothing to show) and the note for maintainers. */
const silent = (text: string, sourceNote: string): GuideLine => ({ text, silent: true, sourceNote })

const IN_APP =
  '在本应用（指尖办）：登录并完成实名认证后，在“参保登记”选择参保地区即可登记；缴费核定、撤销、停保/续保、代家人办理也都在本应用办理。'
const NATIONAL_HOTLINE = note(`可拨打人力资源社会保障服务热线 ${HOTLINE} 咨询。`)
const ASK_TIME = `办理时限以经办机构答复为准，可拨打 ${HOTLINE} 咨询。`

// ── 宁夏 (S003) ─────────────────────────────────────────────────────────────────────────
const NINGXIA: RegionGuide = {
  region: '640000',
  name: '宁夏回族自治区',
  source: {
    id: 'S003',
    title: '自治区社保局关于做好2019年灵活就业人员养老保险登记缴费申报有关工作的通知',
    issuer: '宁夏回族自治区社会保险事业管理局（2019年9月24日）',
  },
  eligibility: [
    silent(
      '按国家规定，年满16周岁、未达到法定退休年龄的灵活就业人员可以参保，不受户籍限制。',
      '通知未列出年龄等参保条件；本应用按国家规定办理。',
    ),
    q('个体工商户按照灵活就业人员方式参保。', '四(一)'),
    q('已经参保的可进行参保地变更。', '二(二)'),
  ],
  materials: [
    q('通过手机 APP、乡镇民生服务中心办理，只需提供行政区划代码及户籍地址', '二(二)'),
    q('参加工作时间默认为当年的 1 月 1 日', '二(二)'),
  ],
  online: [
    note(IN_APP),
    q('灵活就业人员可以在手机 APP、乡镇民生服务中心、社保服务大厅办理参保登记、变更登记。', '二(一)'),
    q(
      '线上，目前可以通过以下12个手机APP进行办理。具体是：我的宁夏、国务院客户、掌上12333、中国银行、农业银行、工银融e联、建设银行、邮储银行、招商银行、方达掌上医院、i 银川都市圈，南风医生等',
      '一(二)',
    ),
    q('为方便群众，手机 APP 还提供了代理他人核定的功能。', '三(三)'),
  ],
  counters: [q('线下，通过乡镇民生服务中心、社保服务大厅办理。', '一(一)')],
  processingTime: [silent(ASK_TIME, '通知未规定办理时限。')],
  offices: [],
  officesNote: [
    silent(
      '可到户籍地或居住地的乡镇民生服务中心、社保服务大厅办理；具体地址可拨打 12333 查询。',
      '通知未列出具体办理地点，只写明乡镇民生服务中心、社保服务大厅。',
    ),
  ],
  hotline: [silent('', '通知未列出咨询电话。'), NATIONAL_HOTLINE],
  contribution: [
    q(
      '灵活就业人员在手机 APP 缴费基数输入框中输入 60 到 300 的值时，则按照上年度全口径城镇单位就业人员平均工资的 60%到 300%自动换算为缴费基数；输入大于 300 的值时则认定为实际申报的月工资收入，信息系统自动核定缴费基数。',
      '三(二)',
    ),
    q('只需申报开始年月、结束年月、缴费基数，即可完成缴费核定工作。', '三(一)'),
    q(
      '核定的数据未传输税务部门的，可以自助撤销，撤销后可以再次核定；核定的数据已传输税务部门的，须向税务部门申请撤销核定，税务部门撤销后即可撤销社保核定。',
      '三(三)',
    ),
    q(
      '对于当年达到法定退休年龄的灵活就业人员，在办理待遇领取手续时，以批准的退休时间为界进行当年的缴费核定。',
      '四(二)',
    ),
  ],
}

// ── 武汉 (S004) ─────────────────────────────────────────────────────────────────────────
const WUHAN: RegionGuide = {
  region: '420100',
  name: '武汉市',
  source: {
    id: 'S004',
    title: '武汉灵活就业人员参保“掌上办”（新闻报道，9月14日）',
    issuer: '记者采访武汉市人社局',
  },
  eligibility: [
    q(
      '男年满16周岁未满60周岁、女年满16周岁未满55周岁的无雇工个体工商户、未在用人单位参加社会保险的非全日制从业人员以及其他灵活就业人员，可申请办理灵活就业人员社会保险新增/续保业务，不受户籍限制。',
      '一',
    ),
    note('上述年龄是2024年渐进式延迟退休改革前的规定；现按改革后的法定退休年龄计算。'),
  ],
  materials: [
    silent(
      '准备好本人居民身份证。线上办理需填写证件类型、证件号码、姓名、手机号码、民族、出生日期、参加工作日期等信息。',
      '报道未列出申请材料。',
    ),
  ],
  online: [
    note(IN_APP),
    q('登陆支付宝“武汉人社”小程序或微信“武汉人社”公众号（选择“惠民服务-办事服务”），点击“灵活就业人员新增/续保”', '四'),
    q('进入“灵活就业人员新增/续保”后，选择参保机构名称，即选择参保所在辖区', '四'),
    q('灵活就业人员通过一部手机，就可以便捷办理新参保、续保、停保、缴费等业务。'),
  ],
  counters: [
    silent(
      '也可到参保地的社保经办窗口办理；窗口地址可拨打 12333 查询。',
      '报道提到可到社保经办窗口办理，但未列出窗口地址。',
    ),
  ],
  processingTime: [silent(ASK_TIME, '报道未说明办理时限。')],
  offices: [],
  officesNote: [
    q('登记所在地: 9个中心城区选择“武汉市”, 5个新城区选择相应的新城区', '七(1)'),
    q('登记所在地为灵活就业人员社保经办机构所在地, 参保人员应在参保地选择经办机构。', '温馨提示1'),
  ],
  hotline: [silent('', '报道未列出咨询电话。'), NATIONAL_HOTLINE],
  contribution: [
    q(
      '缴费档次: 2022年度武汉市灵活就业人员养老保险缴费档次共计9个, 在选择缴费档次时, 一定要注意旁边的缴费比例, 分别为“第一档60%、第二档70%、第三档80%、第四档90%、第五档100%、第六档150%、第七档200%、第八档250%、第九档300%”',
      '七(3)',
    ),
    q('养老保险缴费档次, 按照当地人力资源和社会保障部门公布为准。', '温馨提示2'),
    q('社保年度: 社保年度为每年的7月1日至次年6月30日为一个社保年度。', '温馨提示3'),
    q('核定提取方式: 一般选择“自主择档”, 补缴等产生了核定单号的选择“核定流水号提取”', '七(2)'),
  ],
}

// ── 天津 (S002) ─────────────────────────────────────────────────────────────────────────
const TIANJIN: RegionGuide = {
  region: '120000',
  name: '天津市',
  source: {
    id: 'S002',
    title: '社保个人网厅社保登记业务操作指南（灵活就业参保登记及信息查询篇）',
    issuer: '天津社会保险个人网厅',
  },
  eligibility: [
    q('年满16周岁未达到国家规定的法定退休年龄，在本市灵活就业的人员', '参保须知一'),
    q('已参保灵活就业人员无需重复登记。', '注意事项3'),
    q('享受社保补贴人员，进入模块后，默认仅可选择补贴区县。', '注意事项2'),
  ],
  materials: [
    q('首次参保登记的，可持二代居民身份证', '参保须知一'),
    q('此应用模块根据注册的用户信息带出证件类型和证件号码，参保人选择需要进行参保缴费的统筹区即可完成登记。'),
  ],
  online: [
    note(IN_APP),
    q(
      '首次参保和单位停缴人员可通过“天津人力社保”手机APP办理参保登记，单位停缴人员也可通过天津社会保险个人网厅、第三代自助机办理参保登记',
      '参保须知一',
    ),
    q('完成参保登记后，请及时到税务指定渠道办理申报缴费。', '注意事项1'),
  ],
  counters: [
    q(
      '持本人身份证到户籍所在地或居住地社保经办机构、街镇党群服务中心，办理灵活就业参保登记手续，登记完成后请到税务部门办理申报缴费。',
      '参保须知一',
    ),
  ],
  processingTime: [silent(ASK_TIME, '指南未说明办理时限。')],
  offices: [],
  officesNote: [
    silent(
      '可到户籍地或居住地的社保经办机构、街镇党群服务中心办理；具体地址可拨打 12333 查询。',
      '指南未列出具体地址，只写明户籍地或居住地社保经办机构、街镇党群服务中心。',
    ),
  ],
  hotline: [silent('', '指南未列出咨询电话。'), NATIONAL_HOTLINE],
  contribution: [
    q('灵活就业人员可以选择按月、按季或者按年，于上月21日至本月19日内，向税务机关申报缴费。', '二(一)'),
    q('每年12月20日至31日，税务机关停止办理日常申报缴费及本年度补缴申报。', '二(一)'),
    q(
      '灵活就业人员可以登录国家税务总局天津市电子税务局网站，或下载注册“天津税务”手机APP，通过自然人登录方式，自助申报，并选择通过微信、支付宝等方式完成缴费。',
      '二(二)',
    ),
    silent(
      '缴费基数在上下限之间自行申报（金额），上下限见下方；以税务部门申报时的规定为准。',
      '指南未说明缴费基数如何选择；本应用按上下限之间自行申报金额处理（待核实）。',
    ),
  ],
}

// ── 甘肃 (S001) ─────────────────────────────────────────────────────────────────────────
const GANSU: RegionGuide = {
  region: '620000',
  name: '甘肃省',
  source: {
    id: 'S001',
    title: 'DB62/T 5079.1—2025 基本养老保险经办服务规范 第1部分：灵活就业人员',
    issuer: '甘肃省社会保险事业中心提出（2025-07-30 实施）',
  },
  eligibility: [
    q(
      '申请人符合以下条件之一的，可以按灵活就业人员身份（以下简称灵活就业人员）参加企业职工基本养老保险，向灵活就业地或户籍所在地的县（区）级社会保险经办机构申请参保登记：a) 无雇工的个体工商户；b) 未在用人单位参加基本养老保险的非全日制从业人员；c) 其他灵活就业的城乡居民。',
      '5.1.2',
    ),
    q('在本省已有养老保险关系的职工转为灵活就业人员参保时,应通过信息系统审核参保状态是否为中断缴费状态;', '5.2.2.1 b'),
    q('外省转入的灵活就业人员,需在甘肃人社公共服务平台申请参保登记后进行养老保险关系转移接续。', '5.2.2.1 c'),
  ],
  materials: [
    q(
      '申请人本人提出参保登记申请的,应提供本人有效身份证或社会保障卡原件。线上申请的,申请人按系统要求上传申请资料,填写申请事项信息。委托他人办理的,还需提供委托人有效身份证和委托书。',
      '5.2.1.1',
    ),
  ],
  online: [note(IN_APP), q('线上登记：通过甘肃政务服务网、甘肃人社公共服务平台申请参保登记。', '5.1.3')],
  counters: [q('线下登记：通过社会保险经办机构申请参保登记。', '5.1.3')],
  processingTime: [
    q('即时办结。', '5.1.4 参保登记'),
    q('即时办结。', '7.1.3 停止参保'),
    q('社会保险经办机构应当自收到申请之日起20个工作日内办理完毕。', '8.1.3 待遇发放'),
    q('社会保险经办机构应当自收到申请之日起15个工作日内办理完毕。', '9.1.3 转移接续'),
  ],
  offices: [],
  officesNote: [
    q('县（区）级社会保险经办机构负责灵活就业人员参保登记业务的受理、审核及结果反馈。', '5.1.1'),
    silent('具体地址可拨打 12333 查询。', '标准未列出具体地址。'),
  ],
  hotline: [silent('', '标准要求定期公开咨询电话（10.2.4），但未列出号码。'), NATIONAL_HOTLINE],
  contribution: [
    q('灵活就业养老保险征缴模式统一为“缴费人自行申报(直接向税务部门申报)”模式。', '6'),
    silent(
      '缴费基数上下限见下方，以当地人社部门公布为准。',
      '标准未列出缴费基数上下限；下方数字来自本应用的地区参数。',
    ),
  ],
}

// ── 杭州 (S000, 西湖区) ─────────────────────────────────────────────────────────────────
const HZ_HOURS_NOTE = '（法定节假日按国家假期安排调整办理时间）'
const HANGZHOU_OFFICES: GuideOffice[] = [
  [
    '西湖区行政服务中心 西一楼3-22号社保医保综合窗口',
    '杭州市西湖区蒋村街道文一西路858号',
    '星期一至星期五：上午：9:00-12:00; 下午：13:30-17:00（冬令），14：00-17:00（夏令）',
  ],
  [
    '北山街道便民服务中心 北山街道行政服务中心二楼大厅综合窗口',
    '杭州市西湖区北山街道桃花弄8号',
    '星期一至星期五：上午：9:00-12:00; 下午：14:00-17:00（冬令），14：30-17:30（夏令）',
  ],
  [
    '西溪街道行政服务中心 一楼失业管理窗口',
    '杭州市西湖区马塍路7号一楼',
    '星期一至星期五：上午：8:30-12:00; 下午：13:30-17:00（冬令），14：00-17:30（夏令）',
  ],
  [
    '西湖区灵隐街道行政服务中心 二楼人社综合窗口',
    '杭州市西湖区灵隐街道外东山弄57号',
    '星期一至星期五：上午：8:30-12:00; 下午：14:00-17:30（冬令），14：00-17:30（夏令）',
  ],
  [
    '西湖区翠苑街道行政服务中心 6号窗口',
    '杭州市西湖区万塘路69号杭州华星科技苑B楼',
    '星期一至星期五：上午：8:30-11:30; 下午：14:00-17:30（冬令），14：00-17:30（夏令）',
  ],
  [
    '西湖区人民政府文新街道办事处 文新街道行政服务中心一楼综合窗口',
    '杭州市西湖区文三西路428号',
    '星期一至星期五：上午：9:00-12:00; 下午：14:00-17:30（冬令），14：00-17:30（夏令）',
  ],
  [
    '杭州市西湖区古荡街道社会服务管理中心 大厅二楼',
    '杭州市西湖区文三西路2号',
    '星期一至星期五：上午：9:00-12:00; 下午：14:00-17:30（冬令），14：30-18:00（夏令）',
  ],
  [
    '西湖区行政服务中心之江分中心 一楼8号综合窗口',
    '杭州市西湖区转塘街道象山社区368号',
    '星期一至星期五：上午：9:00-12:00; 下午：13:30-17:00（冬令），13：30-17:00（夏令）',
  ],
  [
    '西湖区人民政府留下街道行政服务大厅 一楼15号就业服务窗口',
    '杭州市西湖区留下街道留下街128号',
    '星期一至星期五：上午：8:45-11:45; 下午：14:00-17:30（冬令），13：30-17:00（夏令）',
  ],
  [
    '西湖区蒋村街道行政服务中心（便民服务中心） 二楼4号就业窗口',
    '杭州市西湖区龙章路159号西溪花园蒹葭苑13幢',
    '星期一至星期五：上午：9:00-12:00; 下午：13:30-17:00（冬令），14：00-17:00（夏令）',
  ],
  [
    '社会服务管理中心 一楼大厅综合窗口',
    '杭州市西湖区三墩镇三墩街178号',
    '星期一至星期五：上午：8:30-11:30; 下午：14:00-17:00（冬令），14：00-17:00（夏令）',
  ],
  [
    '杭州市双浦镇综合服务中心 袁浦街165号一楼就业窗口',
    '杭州市西湖区双浦镇袁浦街136号',
    '星期一至星期五：上午：8:30-11:30; 下午：14:00-17:00（冬令），14：00-17:00（夏令）',
  ],
].map(([name, address, hours]) => ({ name, address, hours: hours + HZ_HOURS_NOTE }))

const HANGZHOU: RegionGuide = {
  region: '330100',
  name: '杭州市',
  source: {
    id: 'S000',
    title: '个体劳动者（灵活就业人员）参保登记服务指南',
    issuer: '西湖区人力社保局（西湖区社会保险服务中心实施）',
    scope: '西湖区（杭州市其他区县的办理窗口和时间，请拨打 0571-12333 咨询）。',
  },
  eligibility: [
    q(
      '（一） 劳动年龄段内 未在用人单位就业的统筹地户籍城乡灵活就业人员。 （二）统筹地无雇工的 劳动年龄段内 个体工商户。 （三） 劳动年龄段内， 在统筹地实际缴费满 10 年，与用人单位终止或解除劳动合同的非统筹地户籍人员。 （四）统筹地法规政策规定可以参保的劳动年龄段内其他人员。',
      '八',
    ),
    note('上述户籍条件是旧规定：灵活就业人员参保的户籍限制已由人社养司函〔2021〕81号放开，本应用不按户籍限制登记。'),
    q('从未在杭参保的非杭户籍出租车驾驶员能不能办理个体劳动者参保资格审核？ 解答：可以。', '附录3 问题1'),
  ],
  materials: [
    note('申请材料目录（九）：居民身份证或社保卡；材料形式“系统自动获取，如数据不全则需申请者提交”；必要性“非必要”。'),
  ],
  online: [
    note(IN_APP),
    q('申请人向窗口提交申请材料或在浙江政务服务网进行网上申报', '十一'),
    q('办事者到办事现场次数：0次', '二十'),
  ],
  counters: [
    q(
      '到市、区社保经办机构或街道（乡镇）人力资源和社会保障管理站办理参保登记，其中符合参保条件的非主城区户籍出租车司机到市社保经办机构办理参保登记。',
      '附录3 问题2',
    ),
  ],
  processingTime: [q('法定时限：1工作日', '十二'), q('承诺期限：即办', '十二'), q('送达方式：当场送达', '十五')],
  offices: HANGZHOU_OFFICES,
  officesNote: [],
  hotline: [
    q('电话咨询：全国统一咨询热线0571-12333', '十六'),
    q('电话投诉：全国统一投诉热线0571-12345或12345投诉热线', '十七'),
  ],
  contribution: [
    q('灵活就业人员缴纳社会保险费实行现金缴费和定期批量代扣代缴相结合的办法。', '附录3 问题3'),
    silent(
      '缴费基数与缴费期间见下方，以当地人社部门公布为准。',
      '指南未说明缴费基数与缴费期间；下方数字来自本应用的地区参数。',
    ),
  ],
}

const GUIDES: readonly RegionGuide[] = [NINGXIA, WUHAN, TIANJIN, GANSU, HANGZHOU]

/** Every region's guide, in the order of the app's region list. */
export function listGuides(): readonly RegionGuide[] {
  const order = listRegions().map((r) => r.code)
  return [...GUIDES].sort((a, b) => order.indexOf(a.region) - order.indexOf(b.region))
}

/** The guide of a region code (640000 …), or undefined. */
export function guideFor(code: string): RegionGuide | undefined {
  return GUIDES.find((g) => g.region === code)
}
