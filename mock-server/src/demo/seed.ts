/**
 * Demo data: accounts in every state, created through the services (so every rule is the
 * engine's). Idempotent: does nothing when the database already has accounts.
 *   npx tsx mock-server/src/demo/seed.ts      (uses DATA_DIR / TODAY like the server)
 * Each demo person signs in on H5 with the phone below (the SMS code is printed in the server log
 * and returned as devCode in dev mode), or on WeChat with the code `demo-N` (Taro.login mock).
 */
import type { AppContext } from '../context'
import { accountsRepo, personsRepo, registrationsRepo } from '../storage'
import { getRegion, idCheckChar } from '../engine'
import { findOrCreateAccount } from '../services/auth'
import { bindVerified } from '../services/identity'
import { providers } from '../providers'
import { demoPlatformUserId } from '../providers/identity/simulated'
import { registerPerson } from '../services/registration'
import { create, revokeRecord, taxAct, transmitRecord } from '../services/assessments'
import { bindWithConsent } from '../services/agents'
import { suspendPerson } from '../services/suspension'
import type { AccountRow } from '../storage/accounts'

function makeId(area: string, birth: string, seq: string): string {
  const first17 = `${area}${birth}${seq}`
  return first17 + idCheckChar(first17)
}

export interface DemoPerson {
  n: number
  phone: string
  wechatCode: string
  name: string
  idNumber: string
  state: string
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { n: 1, name: '赵一', idNumber: makeId('640104', '19900101', '001'), state: '已实名、未参保（可演示参保登记）' },
  {
    n: 2,
    name: '钱二宁',
    idNumber: makeId('640104', '19850315', '002'),
    state: '宁夏参保，核定记录：已核定/已传输/已缴费/已撤销 各一',
  },
  {
    n: 3,
    name: '孙三汉',
    idNumber: makeId('420102', '19880620', '013'),
    state: '武汉参保（档次模式），一条已核定记录',
  },
  {
    n: 4,
    name: '李四津',
    idNumber: makeId('120101', '19920909', '015'),
    state: '天津参保（金额模式、申报期、按月/季/年）',
  },
  {
    n: 5,
    name: '周五',
    idNumber: makeId('640105', '19800202', '017'),
    state: '宁夏参保，已停保（自愿，2026-11起），可演示续保',
  },
  { n: 6, name: '吴六', idNumber: makeId('640106', '19950505', '019'), state: '代办人：已绑定父母两人（7、8）' },
  { n: 7, name: '吴父', idNumber: makeId('640106', '19680301', '031'), state: '吴六的父亲，宁夏参保（代办对象）' },
  { n: 8, name: '郑母', idNumber: makeId('640106', '19720601', '022'), state: '吴六的母亲，宁夏参保（代办对象）' },
  {
    n: 9,
    name: '王九',
    idNumber: makeId('640104', '19660801', '033'),
    state: '宁夏参保，临近退休（法定退休年月 2027-01）',
  },
].map((p) => ({ ...p, phone: `1380000000${p.n}`, wechatCode: `demo-${p.n}` }))

const NX = { region: '640000', district: '640104' }

/** Registration data of RULES.md §1.8 for demo person n (民族, 户口性质, 联系地址; the mobile is the demo phone). */
const DEMO_DATA: Record<number, { ethnicity: string; hukouType: string; address: string }> = {
  2: { ethnicity: '回族', hukouType: 'LOCAL_URBAN', address: '宁夏银川市兴庆区解放东街12号' },
  3: { ethnicity: '汉族', hukouType: 'LOCAL_URBAN', address: '湖北省武汉市江岸区沿江大道88号' },
  4: { ethnicity: '满族', hukouType: 'NONLOCAL_URBAN', address: '天津市和平区南京路100号' },
  5: { ethnicity: '汉族', hukouType: 'LOCAL_RURAL', address: '宁夏银川市西夏区怀远路5号' },
  6: { ethnicity: '回族', hukouType: 'LOCAL_URBAN', address: '宁夏银川市金凤区北京中路66号' },
  7: { ethnicity: '回族', hukouType: 'LOCAL_RURAL', address: '宁夏银川市金凤区良田镇植物园村3组' },
  8: { ethnicity: '汉族', hukouType: 'LOCAL_RURAL', address: '宁夏银川市金凤区良田镇植物园村3组' },
  9: { ethnicity: '汉族', hukouType: 'NONLOCAL_URBAN', address: '宁夏银川市兴庆区文化东街20号' },
}

function demoData(n: number) {
  return { ...DEMO_DATA[n], mobile: DEMO_PEOPLE[n - 1].phone }
}

/**
 * The simulated world knows the demo people: the carrier register (name, ID, the demo phone) and their
 * WeChat and Alipay platform users (code `demo-N`, with the platform's real name). Idempotent.
 */
export async function enrolDemoPeople(ctx: AppContext) {
  const sim = providers(ctx).simulation
  if (!sim) return
  for (const p of DEMO_PEOPLE) {
    await sim.enrolPerson(ctx.db, { name: p.name, idNumber: p.idNumber, mobile: p.phone })
    for (const channel of ['wechat', 'alipay'] as const) {
      await sim.enrolPlatformUser(ctx.db, channel, demoPlatformUserId(channel, p.wechatCode), {
        name: p.name,
        idNumber: p.idNumber,
      })
    }
  }
}

async function accountsFor(ctx: AppContext, p: DemoPerson): Promise<[AccountRow, AccountRow]> {
  // as a user would: the verifier's answer (三要素 on H5, the platform's real name on WeChat) binds the name
  const h5 = await findOrCreateAccount(ctx, 'h5', p.phone)
  await bindVerified(ctx, h5, { name: p.name, idNumber: p.idNumber, method: 'MOBILE_3FACTOR' })
  const wx = await findOrCreateAccount(ctx, 'wechat', demoPlatformUserId('wechat', p.wechatCode))
  await bindVerified(ctx, wx, { name: p.name, idNumber: p.idNumber, method: 'WECHAT_REALNAME' })
  return [
    (await accountsRepo.find(ctx.db, h5.id)) as AccountRow,
    (await accountsRepo.find(ctx.db, wx.id)) as AccountRow,
  ]
}

/** Creates the demo data when the database has no accounts. Returns true when it did. */
export async function seedDemo(ctx: AppContext): Promise<boolean> {
  if ((await accountsRepo.count(ctx.db)) > 0) return false
  await enrolDemoPeople(ctx)
  const acc: Record<number, AccountRow> = {}
  const wx: Record<number, AccountRow> = {}
  for (const p of DEMO_PEOPLE) [acc[p.n], wx[p.n]] = await accountsFor(ctx, p)
  const step = async (what: string, f: () => Promise<unknown>) => {
    try {
      await f()
    } catch (e) {
      ctx.log.warn({ what, err: (e as Error).message }, 'demo seed step refused (clock outside 2026?)')
    }
  }
  const y = ctx.clock.today().slice(0, 4)
  // 2: Ningxia with one record in each status
  await step('register 2', () => registerPerson(ctx, acc[2], { ...NX, category: 'OTHER_FLEXIBLE', ...demoData(2) }))
  await step('records 2', async () => {
    const paid = (await create(ctx, acc[2], { start: `${y}-01`, end: `${y}-03`, base: '60' })).body.id
    await transmitRecord(ctx, acc[2], paid)
    await taxAct(ctx, paid, 'paid')
    const transmitted = (await create(ctx, acc[2], { start: `${y}-04`, end: `${y}-06`, base: '100' })).body.id
    await transmitRecord(ctx, acc[2], transmitted)
    const revoked = (await create(ctx, acc[2], { start: `${y}-07`, end: `${y}-09`, base: '80' })).body.id
    await revokeRecord(ctx, acc[2], revoked)
    await create(ctx, acc[2], { start: `${y}-10`, end: `${y}-12`, base: '6000' })
  })
  // 3: Wuhan, tier mode
  await step('register 3', () =>
    registerPerson(ctx, acc[3], {
      region: '420100',
      district: '420102',
      category: 'SELF_EMPLOYED_NO_EMPLOYEES',
      ...demoData(3),
    }),
  )
  await step('record 3', () => create(ctx, acc[3], { start: `${y}-07`, end: `${y}-09`, base: '100' }))
  // 4: Tianjin, amount mode
  await step('register 4', () =>
    registerPerson(ctx, acc[4], {
      region: '120000',
      district: '120101',
      category: 'PART_TIME_UNINSURED',
      ...demoData(4),
    }),
  )
  // 5: suspended after a paid record
  await step('register 5', () =>
    registerPerson(ctx, acc[5], { region: '640000', district: '640105', category: 'OTHER_FLEXIBLE', ...demoData(5) }),
  )
  await step('suspend 5', async () => {
    const id = (await create(ctx, acc[5], { start: `${y}-01`, end: `${y}-06`, base: '60' })).body.id
    await transmitRecord(ctx, acc[5], id)
    await taxAct(ctx, id, 'paid')
    await suspendPerson(ctx, acc[5], { reason: 'VOLUNTARY', stopDate: `${y}-11-01` })
  })
  // 6–8: agent with two bound parents
  await step('register 6', () =>
    registerPerson(ctx, acc[6], { region: '640000', district: '640106', category: 'OTHER_FLEXIBLE', ...demoData(6) }),
  )
  await step('register 7', () =>
    registerPerson(ctx, acc[7], { region: '640000', district: '640106', category: 'OTHER_FLEXIBLE', ...demoData(7) }),
  )
  await step('register 8', () =>
    registerPerson(ctx, acc[8], { region: '640000', district: '640106', category: 'OTHER_FLEXIBLE', ...demoData(8) }),
  )
  await step('bind parents', async () => {
    // bindings belong to an agent ACCOUNT: bind on both the H5 and the WeChat account of 6, each with the
    // parents' consent (as if each had approved in their own account)
    let father = ''
    for (const a of [acc[6], wx[6]]) {
      const f = await bindWithConsent(ctx, a, DEMO_PEOPLE[6], 'PARENT')
      await bindWithConsent(ctx, a, DEMO_PEOPLE[7], 'PARENT')
      if (a === acc[6]) father = f.ref
    }
    await create(ctx, acc[6], { start: `${y}-01`, end: `${y}-06`, base: '60', personRef: father })
  })
  // 9: near retirement
  await step('register 9', () => registerPerson(ctx, acc[9], { ...NX, category: 'OTHER_FLEXIBLE', ...demoData(9) }))
  return true
}

/**
 * The demo people as the database has them now (not as they were seeded): a deleted account, a new
 * registration, a suspension or a 续保 since then show as they are.
 */
export async function demoSummary(ctx: AppContext): Promise<string> {
  const lines: string[] = []
  for (const p of DEMO_PEOPLE) {
    const person = await personsRepo.findByIdNumber(ctx.db, p.idNumber)
    const reg = person ? await registrationsRepo.find(ctx.db, person.id) : undefined
    const now = !person
      ? '已注销或尚未创建'
      : !reg
        ? '已实名、未参保'
        : `${getRegion(reg.region)?.name ?? reg.region}参保${reg.status === 'SUSPENDED' ? `，已停保（${reg.suspended_from ?? ''}起）` : ''}`
    lines.push(`  ${p.n}. ${p.name}  H5 手机 ${p.phone}  微信 code "${p.wechatCode}"  — 现在：${now}；演示：${p.state}`)
  }
  return lines.join('\n')
}

// Run directly: npx tsx mock-server/src/demo/seed.ts
if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) {
  void (async () => {
    const { buildApp } = await import('../app')
    const { loadConfig } = await import('../config')
    const config = loadConfig()
    if (config.production) {
      console.error('NODE_ENV=production: no demo data is created.')
      process.exit(2)
    }
    const { app, ctx } = await buildApp({ config, logger: false })
    const done = await seedDemo(ctx)
    console.log(
      done
        ? `Demo data created in ${ctx.dbFile}:\n${await demoSummary(ctx)}`
        : `Database ${ctx.dbFile} already has accounts; nothing done.`,
    )
    await app.close()
  })()
}
