/** 参保登记: register, change region (where the rule set allows), status. */
import type { AppContext } from '../context'
import { assessmentsRepo, registrationsRepo, type Executor } from '../storage'
import type { AccountRow, PersonRow } from '../storage/accounts'
import type { RegistrationRow } from '../storage/registrations'
import type { RegisterBody, RegisterResult, RegistrationStatus } from '../../../src/api/schema'
import { audit, idempotent, resolveSubject, type Outcome } from './common'
import {
  assessmentYearBounds,
  assessmentYearOf,
  formatMonth,
  getRegion,
  must,
  parseMonth,
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
  const subject = await resolveSubject(ctx.db, account, personRef)
  return statusOf(ctx.db, ctx, subject.person)
}

export async function registerPerson(
  ctx: AppContext,
  account: AccountRow,
  body: RegisterBody,
): Promise<Outcome<RegisterResult>> {
  const subject = await resolveSubject(ctx.db, account)
  const region = regionOrRefuse(body.region)
  const out = await idempotent(ctx, account.id, undefined, null, async (trx) => {
    const existing = await registrationsRepo.find(trx, subject.person.id)
    const districtCode = body.district ? registrationRegionFor(region.code, body.district) : undefined
    const knownDistrict =
      districtCode && region.districts.some((d) => d.code === districtCode) ? districtCode : undefined
    const result = must(
      register(
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
            localHukou: body.localHukou,
            existingFlexibleRegistration: !!existing,
          },
        },
        region.rule_set,
      ),
    )
    const now = ctx.clock.now().toISOString()
    if (existing) {
      const patch: Partial<RegistrationRow> = {
        region: region.code,
        district: result.region,
        category: body.category,
        retirement_category: result.retirement_category,
        retirement_month: result.retirement_month,
        updated_at: now,
      }
      await registrationsRepo.update(trx, subject.person.id, patch)
      await audit(trx, ctx, account, subject.person.id, 'REGION_CHANGED', 'registration', subject.person.id, existing, {
        ...existing,
        ...patch,
      })
    } else {
      const row: RegistrationRow = {
        person_id: subject.person.id,
        region: region.code,
        district: result.region,
        category: body.category,
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
      await audit(trx, ctx, account, subject.person.id, 'REGISTERED', 'registration', subject.person.id, null, row)
    }
    return {
      status: existing ? 200 : 201,
      body: { action: result.action, registration: await statusOf(trx, ctx, subject.person) },
    }
  })
  return out
}
