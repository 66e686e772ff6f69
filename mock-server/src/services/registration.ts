/** 参保登记: register, change region (where the rule set allows), status. */
import type { AppContext } from '../context'
import { assessmentsRepo, registrationsRepo, type Executor, inTransaction } from '../storage'
import type { AccountRow, PersonRow } from '../storage/accounts'
import type { RegistrationRow } from '../storage/registrations'
import type { ContactBody, RegisterBody, RegisterResult, RegistrationStatus } from '../../../src/api/schema'
import { AppError, messageFor, ruleError, type Problem } from '../errors'
import { audit, idempotent, resolveSubject, type Outcome } from './common'
import {
  checkAddress,
  checkMobile,
  isEthnicity,
  isHukouType,
  maskPhone,
  assessmentYearBounds,
  assessmentYearOf,
  formatMonth,
  getRegion,
  parseMonth,
  refusal,
  refusalError,
  regionOrRefuse,
  register,
  registrationRegionFor,
} from './rules'

function monthIndexOf(m: string): number {
  return parseMonth(m) as number
}

/** Status for the app: region, ACTIVE/SUSPENDED, retirement month, months covered this year, next due month. */
export async function statusOf(db: Executor, ctx: AppContext, person: PersonRow): Promise<RegistrationStatus> {
  const reg = await registrationsRepo.find(db, person.id)
  if (!reg) {
    return {
      registered: false,
      region: null,
      regionName: null,
      district: null,
      category: null,
      ethnicity: null,
      hukouType: null,
      mobileMasked: null,
      address: null,
      status: null,
      workStartDate: null,
      retirementCategory: null,
      retirementMonth: null,
      suspendedFrom: null,
      suspendReason: null,
      resumedFrom: null,
      monthsCoveredThisYear: [],
      nextDueMonth: null,
    }
  }
  const region = getRegion(reg.region)
  const yk = region?.rule_set.year_kind ?? 'calendar'
  const today = monthIndexOf(ctx.clock.today().slice(0, 7))
  const bounds = assessmentYearBounds(assessmentYearOf(today, yk), yk)
  const covered = new Set<number>()
  for (const a of await assessmentsRepo.listForPerson(db, person.id)) {
    if (a.status === 'REVOKED') continue
    for (let m = monthIndexOf(a.start); m <= monthIndexOf(a.end); m++)
      if (m >= bounds.start && m <= bounds.end) covered.add(m)
  }
  const retire = monthIndexOf(reg.retirement_month)
  const suspended = reg.status === 'SUSPENDED'
  let next: number | null = null
  if (!suspended) {
    for (let m = today; m <= Math.min(bounds.end, retire); m++) {
      if (!covered.has(m)) {
        next = m
        break
      }
    }
  }
  return {
    registered: true,
    region: reg.region,
    regionName: region?.name ?? null,
    district: reg.district,
    category: reg.category,
    ethnicity: reg.ethnicity,
    hukouType: reg.hukou_type,
    mobileMasked: reg.mobile ? maskPhone(reg.mobile) : null,
    address: reg.address,
    status: reg.status,
    workStartDate: reg.work_start_date,
    retirementCategory: reg.retirement_category,
    retirementMonth: reg.retirement_month,
    suspendedFrom: reg.suspended_from,
    suspendReason: reg.suspend_reason,
    resumedFrom: reg.resumed_from,
    monthsCoveredThisYear: [...covered].sort((a, b) => a - b).map(formatMonth),
    nextDueMonth: next === null ? null : formatMonth(next),
  }
}

export async function getStatus(ctx: AppContext, account: AccountRow, personRef?: string) {
  const subject = await resolveSubject(ctx, { account, personRef })
  return statusOf(ctx.db, ctx, subject.person)
}

type PersonFields = Pick<RegistrationRow, 'ethnicity' | 'hukou_type' | 'address' | 'mobile'>

function problem(code: string, detail: Record<string, unknown>): Problem {
  return { code, message: messageFor(code, detail), detail }
}

/**
 * The registration data of RULES.md §1.8 (民族, 户口性质, 联系地址, 手机号码): checked all at once.
 * A new registration must supply ethnicity, address and mobile; a region change may omit them and
 * keeps the stored values (a value missing from both is required). hukouType stays optional.
 */
export function checkPersonFields(
  body: Pick<RegisterBody, 'ethnicity' | 'address' | 'mobile' | 'hukouType'>,
  stored: PersonFields | undefined,
): { fields: PersonFields; problems: Problem[] } {
  const problems: Problem[] = []
  const ethnicity = body.ethnicity ?? stored?.ethnicity ?? null
  if (ethnicity === null || ethnicity === '') problems.push(problem('ETHNICITY_REQUIRED', { field: 'ethnicity' }))
  else if (!isEthnicity(ethnicity)) problems.push(problem('ETHNICITY_INVALID', { field: 'ethnicity' }))

  const rawAddress = body.address !== undefined ? body.address.trim() : (stored?.address ?? null)
  const address = rawAddress === '' ? null : rawAddress
  const addressProblem = checkAddress(address)
  if (addressProblem) problems.push(addressProblem)

  const rawMobile = body.mobile !== undefined ? body.mobile.trim() : (stored?.mobile ?? null)
  const mobile = rawMobile === '' ? null : rawMobile
  const mobileProblem = checkMobile(mobile)
  if (mobileProblem) problems.push(mobileProblem)

  const hukouType = body.hukouType ?? stored?.hukou_type ?? null
  if (hukouType !== null && !isHukouType(hukouType))
    problems.push(problem('HUKOU_TYPE_INVALID', { field: 'hukouType' }))

  return { fields: { ethnicity, hukou_type: hukouType, address, mobile }, problems }
}

/** Audit entries keep the fact of a change, not the contact data itself. */
function forAudit(row: RegistrationRow | Partial<RegistrationRow>) {
  const { mobile, address, ...rest } = row
  return {
    ...rest,
    ...(mobile !== undefined ? { mobile: mobile ? maskPhone(mobile) : null } : {}),
    ...(address !== undefined ? { address: address ? '（已记录）' : null } : {}),
  }
}

/** The account's login phone when asked for and the account signed in by phone (H5); else undefined. */
function loginPhone(account: AccountRow, wanted: boolean | undefined): string | undefined {
  return wanted && account.channel === 'h5' ? account.channel_uid : undefined
}

/**
 * 更正联系方式 (隐私政策「查询、更正」): a new mobile and/or address, checked by the same rules as
 * registration (src/domain/registration.ts), audited (masked), idempotent: the same correction twice
 * changes nothing the second time and writes no second audit entry.
 */
export async function correctContact(
  ctx: AppContext,
  account: AccountRow,
  body: ContactBody,
  key?: string,
): Promise<Outcome<RegistrationStatus>> {
  const subject = await resolveSubject(ctx, { account, personRef: body.personRef })
  const mobileIn = body.mobile ?? loginPhone(account, body.mobileFromLogin)
  if (mobileIn === undefined && body.address === undefined)
    throw new AppError(422, [problem('CONTACT_NOTHING_TO_CHANGE', {})])
  const problems: Problem[] = []
  const mobile = mobileIn?.trim()
  const address = body.address?.trim()
  if (mobile !== undefined) {
    const p = checkMobile(mobile)
    if (p) problems.push(p)
  }
  if (address !== undefined) {
    const p = checkAddress(address)
    if (p) problems.push(p)
  }
  if (problems.length > 0) throw new AppError(422, problems)
  return idempotent(
    ctx,
    { accountId: account.id, key, request: { op: 'contact', person: subject.person.id, mobile, address } },
    async (trx) => {
      const reg = await registrationsRepo.find(trx, subject.person.id)
      if (!reg) throw refusalError([refusal(subject.viaAgent ? 'TARGET_NOT_REGISTERED' : 'NOT_REGISTERED')])
      const patch: Partial<RegistrationRow> = {}
      if (mobile !== undefined && mobile !== reg.mobile) patch.mobile = mobile
      if (address !== undefined && address !== reg.address) patch.address = address
      if (Object.keys(patch).length > 0) {
        patch.updated_at = ctx.clock.now().toISOString()
        await registrationsRepo.update(trx, subject.person.id, patch)
        const changed = (row: Partial<RegistrationRow>) =>
          forAudit(
            Object.fromEntries(
              Object.keys(patch)
                .filter((k) => k !== 'updated_at')
                .map((k) => [k, row[k as keyof RegistrationRow]]),
            ),
          )
        await audit(trx, ctx, {
          actor: account,
          subjectPersonId: subject.person.id,
          action: 'CONTACT_CORRECTED',
          entity: 'registration',
          entityId: subject.person.id,
          before: changed(reg),
          after: changed({ ...reg, ...patch }),
        })
      }
      return { status: 200, body: await statusOf(trx, ctx, subject.person) }
    },
  )
}

export async function registerPerson(
  ctx: AppContext,
  account: AccountRow,
  body: RegisterBody,
): Promise<Outcome<RegisterResult>> {
  const subject = await resolveSubject(ctx, { account })
  body = { ...body, mobile: body.mobile ?? loginPhone(account, body.mobileFromLogin) }
  const before = await registrationsRepo.find(ctx.db, subject.person.id)
  const checked = checkPersonFields(body, before)
  let region
  try {
    region = regionOrRefuse(body.region)
  } catch (e) {
    if (e instanceof AppError) throw new AppError(e.statusCode, [...e.problems, ...checked.problems])
    throw e
  }
  const out = await inTransaction(ctx.db, async (trx) => {
    const existing = await registrationsRepo.find(trx, subject.person.id)
    const { fields, problems } = checkPersonFields(body, existing)
    const districtCode = body.district ? registrationRegionFor(region.code, body.district) : undefined
    const knownDistrict =
      districtCode && region.districts.some((d) => d.code === districtCode) ? districtCode : undefined
    const hukouType = fields.hukou_type
    const r = register(
      {
        today: ctx.clock.today(),
        person: {
          id: subject.person.id_number,
          name: subject.person.name,
          region: knownDistrict,
          category: body.category,
          employeeInsuranceStatus: body.employeeInsuranceStatus,
          subsidyDistrict: body.subsidyDistrict,
          postType: body.postType,
          // an explicit localHukou wins; otherwise the 户口性质 says whether the hukou is local
          localHukou: body.localHukou ?? (isHukouType(hukouType) ? hukouType.startsWith('LOCAL_') : undefined),
          existingFlexibleRegistration: !!existing,
        },
      },
      region.rule_set,
    )
    // rule refusals first (the primary one stays the engine's), then the data problems: one answer
    const ruleProblems: Problem[] = r.ok
      ? []
      : r.errors.map((e) => ({ code: e.code, message: e.message, detail: e.detail as Record<string, unknown> }))
    if (!r.ok || problems.length > 0)
      throw new AppError(r.ok ? 422 : ruleError(r.errors).statusCode, [...ruleProblems, ...problems])
    const result = r.value
    const now = ctx.clock.now().toISOString()
    if (existing) {
      const patch: Partial<RegistrationRow> = {
        region: region.code,
        district: result.region,
        category: body.category,
        ...fields,
        retirement_category: result.retirement_category,
        retirement_month: result.retirement_month,
        updated_at: now,
      }
      await registrationsRepo.update(trx, subject.person.id, patch)
      await audit(trx, ctx, {
        actor: account,
        subjectPersonId: subject.person.id,
        action: 'REGION_CHANGED',
        entity: 'registration',
        entityId: subject.person.id,
        before: forAudit(existing),
        after: forAudit({ ...existing, ...patch }),
      })
    } else {
      const row: RegistrationRow = {
        person_id: subject.person.id,
        region: region.code,
        district: result.region,
        category: body.category,
        ...fields,
        status: 'ACTIVE',
        work_start_date: result.work_start_date,
        retirement_category: result.retirement_category,
        retirement_month: result.retirement_month,
        registered_at: now,
        suspended_from: null,
        suspend_reason: null,
        resumed_from: null,
        updated_at: now,
      }
      await registrationsRepo.insert(trx, row)
      await audit(trx, ctx, {
        actor: account,
        subjectPersonId: subject.person.id,
        action: 'REGISTERED',
        entity: 'registration',
        entityId: subject.person.id,
        after: forAudit(row),
      })
    }
    return {
      status: existing ? 200 : 201,
      body: { action: result.action, registration: await statusOf(trx, ctx, subject.person) },
    }
  })
  return out
}
