/**
 * The person an operation is about, and the facts derived from the ID number
 * (§1.1: birth date and sex come from the ID; they are never free input when an ID is present).
 */
import { parseDate, type YMD } from './date'
import { idFacts, validateId, type Sex } from './id'
import { monthIndex } from './month'
import type { ExistingAssessment } from './period'

export type { Sex } from './id'

export interface Person {
  /** 18-character ID number */
  id?: string
  name?: string
  /** only used when there is no valid ID */
  sex?: Sex
  /** YYYY-MM-DD, only used when there is no valid ID */
  birthDate?: string
  /** already registered as a flexible worker (read by assessments, §13.3) */
  registered?: boolean
  /** registration category (§1.2) */
  category?: string
  /** region code chosen (§1.6) */
  region?: string
  /** status of an existing employee insurance relation, e.g. ACTIVE or INTERRUPTED (§1.3) */
  employeeInsuranceStatus?: string
  /** already registered as a flexible worker (read by registration, §1.5) */
  existingFlexibleRegistration?: boolean
  /** district of a social-insurance subsidy (§1.7) */
  subsidyDistrict?: string
  /** §1.4 legacy */
  localHukou?: boolean
  /** §1.4 legacy */
  localPaidYears?: number
  /** YYYY-MM from which the insurance is suspended (§7) */
  suspendedFrom?: string
  /** §13.6 */
  postType?: string
  /** 参加工作时间 YYYY-MM-DD when supplied (§1.8); otherwise the rule set's default */
  workStartDate?: string
}

export type { ExistingAssessment }

export interface BirthAndSex {
  birth: YMD
  birthDate: string
  sex: Sex
}

/**
 * Birth date and sex: from the ID when it is valid, otherwise from the given fields.
 * Returns null when neither is available.
 */
export function birthAndSexOf(person: Person): BirthAndSex | null {
  if (person.id !== undefined) {
    const id = validateId(person.id)
    if (id.ok) {
      const birth = parseDate(id.value.birth_date) as YMD
      return { birth, birthDate: id.value.birth_date, sex: id.value.sex }
    }
  }
  const birth = parseDate(person.birthDate)
  if (birth && (person.sex === 'M' || person.sex === 'F')) {
    return { birth, birthDate: person.birthDate as string, sex: person.sex }
  }
  return null
}

/**
 * The birth month (index, see month.ts) and sex that `birthAndSexOf` gives, without building its strings:
 * for `assess`, which needs only these. Tests compare the two.
 */
export function birthMonthAndSexOf(person: Person): { birthMonth: number; sex: Sex } | null {
  if (person.id !== undefined) {
    const id = idFacts(person.id)
    if (id) return { birthMonth: monthIndex(id.y, id.m), sex: id.sex }
  }
  const birth = parseDate(person.birthDate)
  if (birth && (person.sex === 'M' || person.sex === 'F'))
    return { birthMonth: monthIndex(birth.y, birth.m), sex: person.sex }
  return null
}
