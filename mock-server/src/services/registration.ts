/** 参保登记: register, change region (where the rule set allows), status. */
import type { AppContext } from '../context'
import { assessmentsRepo, registrationsRepo, type Executor, inTransaction } from '../storage'
import type { AccountRow, PersonRow } from '../storage/accounts'
import type { RegistrationRow } from '../storage/registrations'
import type { ContactBody, RegisterBody, RegisterResult, RegistrationStatus } from '../../../src/api/schema'
import { AppError, ruleError, type Problem } from '../errors'
import { audit, idempotent, lockedRegistration, resolveSubject, type Outcome } from './common'
import {
  checkContactCorrection,
  checkRegistrationData,
  dueMonths,
  isLocalHukou,
  maskPhone,
  getRegion,
  refusal,
  refusalError,
  regionOrRefuse,
  register,
  registrationRegionFor,
} from './rules'

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
  const due = dueMonths({
    today: ctx.clock.today(),
    yearKind: region?.rule_set.year_kind ?? 'calendar',
    records: await assessmentsRepo.listForPerson(db, person.id),
    retirementMonth: reg.retirement_month,
    suspended: reg.status === 'SUSPENDED',
  })
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
    monthsCoveredThisYear: due.monthsCoveredThisYear,
    nextDueMonth: due.nextDueMonth,
  }
}

export async function getStatus(ctx: AppContext, account: AccountRow, personRef?: string) {
  const subject = await resolveSubject(ctx, { account, personRef })
  return statusOf(ctx.db, ctx, subject.person)
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
  const { mobile, address, problems } = checkContactCorrection({
    mobile: body.mobile ?? loginPhone(account, body.mobileFromLogin),
    address: body.address,
  })
  if (problems.length > 0) throw new AppError(422, problems)
  return idempotent(
    ctx,
    {
      accountId: account.id,
      key,
      request: { op: 'contact', person: subject.person.id, mobile, address },
      isolation: 'read committed',
    },
    async (trx) => {
      const reg = await lockedRegistration(trx, subject.person.id, account)
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
  const checked = checkRegistrationData(body, before)
  let region
  try {
    region = regionOrRefuse(body.region)
  } catch (e) {
    if (e instanceof AppError) throw new AppError(e.statusCode, [...e.problems, ...checked.problems])
    throw e
  }
  const out = await inTransaction(
    ctx.db,
    async (trx) => {
      const existing = await lockedRegistration(trx, subject.person.id, account)
      const { fields, problems } = checkRegistrationData(body, existing)
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
            localHukou: body.localHukou ?? isLocalHukou(hukouType),
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
    },
    // the person's lock, then READ COMMITTED (storage comment in db.ts): registrations of one person queue
    { isolation: 'read committed' },
  )
  return out
}
