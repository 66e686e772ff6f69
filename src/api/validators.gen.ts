/* eslint-disable */
// Generated from src/api/schema.ts by config/validators.ts (TypeBox TypeCompiler.Code). Do not edit:
// `npm run gen:validators` rewrites it, and every build and `npm test` run that first.
// Each export is the answer check of the schema of the same name, and the type of its value.
// @ts-nocheck: the function bodies are TypeBox output; the exports are typed by their `as Check<…>`.
import type { Static, TSchema } from '@sinclair/typebox'
import type * as Schema from './schema'

export type Check<T extends TSchema> = (value: unknown) => value is Static<T>

export type Account = Static<typeof Schema.Account>
export const Account = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['id'] === 'string') &&
      (((value['channel'] === 'wechat')) || ((value['channel'] === 'alipay')) || ((value['channel'] === 'h5'))) &&
      (typeof value['channelUser'] === 'string') &&
      (((typeof value['identity'] === 'object' && value['identity'] !== null && !Array.isArray(value['identity'])) && (typeof value['identity']['name'] === 'string') && (typeof value['identity']['idNumberMasked'] === 'string') && (((value['identity']['sex'] === 'M')) || ((value['identity']['sex'] === 'F'))) && (typeof value['identity']['birthDate'] === 'string') && value['identity']['birthDate'].length <= 10 && local_0.test(value['identity']['birthDate']) && Object.getOwnPropertyNames(value['identity']).length === 4) || ((value['identity'] === null))) &&
      (typeof value['registered'] === 'boolean') &&
      Number.isInteger(value['boundPeople']) &&
      Object.getOwnPropertyNames(value).length === 6
    )
  }
})() as Check<typeof Schema.Account>

export type ActivityItem = Static<typeof Schema.ActivityItem>
export const ActivityItem = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['at'] === 'string') &&
      (typeof value['action'] === 'string') &&
      (typeof value['entity'] === 'string') &&
      (typeof value['entityId'] === 'string') &&
      (typeof value['actor'] === 'string') &&
      (typeof value['byAgent'] === 'boolean') &&
      true &&
      ('before' in value) &&
      true &&
      ('after' in value) &&
      Object.getOwnPropertyNames(value).length === 8
    )
  }
})() as Check<typeof Schema.ActivityItem>

export type ActivityList = Static<typeof Schema.ActivityList>
export const ActivityList = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Array.isArray(value['items']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['at'] === 'string') && (typeof value['action'] === 'string') && (typeof value['entity'] === 'string') && (typeof value['entityId'] === 'string') && (typeof value['actor'] === 'string') && (typeof value['byAgent'] === 'boolean') && true && ('before' in value) && true && ('after' in value) && Object.getOwnPropertyNames(value).length === 8))) { return false }; return true; })(value['items']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.ActivityList>

export type AddPersonBody = Static<typeof Schema.AddPersonBody>
export const AddPersonBody = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['name'] === 'string') &&
      value['name'].length <= 30 &&
      value['name'].length >= 1 &&
      (typeof value['idNumber'] === 'string') &&
      value['idNumber'].length <= 32 &&
      value['idNumber'].length >= 1 &&
      (((value['relationship'] === 'PARENT')) || ((value['relationship'] === 'SPOUSE')) || ((value['relationship'] === 'CHILD')) || ((value['relationship'] === 'SIBLING')) || ((value['relationship'] === 'OTHER_RELATIVE'))) &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.AddPersonBody>

export type AlipayLoginBody = Static<typeof Schema.AlipayLoginBody>
export const AlipayLoginBody = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['authCode'] === 'string') &&
      value['authCode'].length <= 128 &&
      value['authCode'].length >= 1 &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.AlipayLoginBody>

export type AssessBody = Static<typeof Schema.AssessBody>
export const AssessBody = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['start'] === 'string') &&
      value['start'].length <= 7 &&
      (typeof value['end'] === 'string') &&
      value['end'].length <= 7 &&
      (typeof value['base'] === 'string') &&
      value['base'].length <= 32 &&
      (value['frequency'] !== undefined ? ((((value['frequency'] === 'monthly')) || ((value['frequency'] === 'quarterly')) || ((value['frequency'] === 'yearly')))) : true) &&
      (value['personRef'] !== undefined ? ((typeof value['personRef'] === 'string') && value['personRef'].length <= 64 && local_0.test(value['personRef'])) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['start', 'end', 'base', 'frequency', 'personRef'].includes(key))
    )
  }
})() as Check<typeof Schema.AssessBody>

export type Assessment = Static<typeof Schema.Assessment>
export const Assessment = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^-?\d+\.\d{2}$/;
  const local_4 = /^-?\d+\.\d{2}$/;
  const local_5 = /^-?\d+\.\d{2}$/;
  const local_6 = /^-?\d+\.\d{2}$/;
  const local_7 = /^-?\d+\.\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['id'] === 'string') &&
      (typeof value['owner'] === 'object' && value['owner'] !== null && !Array.isArray(value['owner'])) &&
      (typeof value['owner']['self'] === 'boolean') &&
      (((typeof value['owner']['personRef'] === 'string')) || ((value['owner']['personRef'] === null))) &&
      (typeof value['owner']['nameMasked'] === 'string') &&
      (typeof value['owner']['idNumberMasked'] === 'string') &&
      Object.getOwnPropertyNames(value['owner']).length === 4 &&
      (typeof value['operator'] === 'object' && value['operator'] !== null && !Array.isArray(value['operator'])) &&
      (typeof value['operator']['self'] === 'boolean') &&
      (typeof value['operator']['byAgent'] === 'boolean') &&
      (typeof value['operator']['label'] === 'string') &&
      Object.getOwnPropertyNames(value['operator']).length === 3 &&
      (typeof value['region'] === 'string') &&
      (typeof value['start'] === 'string') &&
      value['start'].length <= 7 &&
      local_0.test(value['start']) &&
      (typeof value['end'] === 'string') &&
      value['end'].length <= 7 &&
      local_1.test(value['end']) &&
      Number.isInteger(value['months']) &&
      (((typeof value['frequency'] === 'string')) || ((value['frequency'] === null))) &&
      (typeof value['baseInput'] === 'string') &&
      (typeof value['baseKind'] === 'string') &&
      (typeof value['baseMonthly'] === 'string') &&
      local_2.test(value['baseMonthly']) &&
      (typeof value['baseTotal'] === 'string') &&
      local_3.test(value['baseTotal']) &&
      (typeof value['contributionMonthly'] === 'string') &&
      local_4.test(value['contributionMonthly']) &&
      (typeof value['accountMonthly'] === 'string') &&
      local_5.test(value['accountMonthly']) &&
      (typeof value['pooledMonthly'] === 'string') &&
      local_6.test(value['pooledMonthly']) &&
      (typeof value['total'] === 'string') &&
      local_7.test(value['total']) &&
      Array.isArray(value['monthKinds']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['monthKinds']) &&
      (typeof value['provisional'] === 'boolean') &&
      (typeof value['truncatedToRetirement'] === 'boolean') &&
      (((value['status'] === 'CREATED')) || ((value['status'] === 'TRANSMITTED')) || ((value['status'] === 'PAID')) || ((value['status'] === 'REVOKED'))) &&
      (typeof value['taxRevoked'] === 'boolean') &&
      (typeof value['createdAt'] === 'string') &&
      (((typeof value['transmittedAt'] === 'string')) || ((value['transmittedAt'] === null))) &&
      (((typeof value['paidAt'] === 'string')) || ((value['paidAt'] === null))) &&
      (((typeof value['taxRevokedAt'] === 'string')) || ((value['taxRevokedAt'] === null))) &&
      (((typeof value['revokedAt'] === 'string')) || ((value['revokedAt'] === null))) &&
      Object.getOwnPropertyNames(value).length === 26
    )
  }
})() as Check<typeof Schema.Assessment>

export type AssessmentIdParams = Static<typeof Schema.AssessmentIdParams>
export const AssessmentIdParams = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['id'] === 'string') &&
      value['id'].length <= 40 &&
      local_0.test(value['id']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.AssessmentIdParams>

export type AssessmentList = Static<typeof Schema.AssessmentList>
export const AssessmentList = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^-?\d+\.\d{2}$/;
  const local_4 = /^-?\d+\.\d{2}$/;
  const local_5 = /^-?\d+\.\d{2}$/;
  const local_6 = /^-?\d+\.\d{2}$/;
  const local_7 = /^-?\d+\.\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Array.isArray(value['items']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['id'] === 'string') && (typeof value['owner'] === 'object' && value['owner'] !== null && !Array.isArray(value['owner'])) && (typeof value['owner']['self'] === 'boolean') && (((typeof value['owner']['personRef'] === 'string')) || ((value['owner']['personRef'] === null))) && (typeof value['owner']['nameMasked'] === 'string') && (typeof value['owner']['idNumberMasked'] === 'string') && Object.getOwnPropertyNames(value['owner']).length === 4 && (typeof value['operator'] === 'object' && value['operator'] !== null && !Array.isArray(value['operator'])) && (typeof value['operator']['self'] === 'boolean') && (typeof value['operator']['byAgent'] === 'boolean') && (typeof value['operator']['label'] === 'string') && Object.getOwnPropertyNames(value['operator']).length === 3 && (typeof value['region'] === 'string') && (typeof value['start'] === 'string') && value['start'].length <= 7 && local_0.test(value['start']) && (typeof value['end'] === 'string') && value['end'].length <= 7 && local_1.test(value['end']) && Number.isInteger(value['months']) && (((typeof value['frequency'] === 'string')) || ((value['frequency'] === null))) && (typeof value['baseInput'] === 'string') && (typeof value['baseKind'] === 'string') && (typeof value['baseMonthly'] === 'string') && local_2.test(value['baseMonthly']) && (typeof value['baseTotal'] === 'string') && local_3.test(value['baseTotal']) && (typeof value['contributionMonthly'] === 'string') && local_4.test(value['contributionMonthly']) && (typeof value['accountMonthly'] === 'string') && local_5.test(value['accountMonthly']) && (typeof value['pooledMonthly'] === 'string') && local_6.test(value['pooledMonthly']) && (typeof value['total'] === 'string') && local_7.test(value['total']) && Array.isArray(value['monthKinds']) && ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['monthKinds']) && (typeof value['provisional'] === 'boolean') && (typeof value['truncatedToRetirement'] === 'boolean') && (((value['status'] === 'CREATED')) || ((value['status'] === 'TRANSMITTED')) || ((value['status'] === 'PAID')) || ((value['status'] === 'REVOKED'))) && (typeof value['taxRevoked'] === 'boolean') && (typeof value['createdAt'] === 'string') && (((typeof value['transmittedAt'] === 'string')) || ((value['transmittedAt'] === null))) && (((typeof value['paidAt'] === 'string')) || ((value['paidAt'] === null))) && (((typeof value['taxRevokedAt'] === 'string')) || ((value['taxRevokedAt'] === null))) && (((typeof value['revokedAt'] === 'string')) || ((value['revokedAt'] === null))) && Object.getOwnPropertyNames(value).length === 26))) { return false }; return true; })(value['items']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.AssessmentList>

export type AssessmentListQuery = Static<typeof Schema.AssessmentListQuery>
export const AssessmentListQuery = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['personRef'] !== undefined ? ((typeof value['personRef'] === 'string') && value['personRef'].length <= 64 && local_0.test(value['personRef'])) : true) &&
      (value['status'] !== undefined ? ((((value['status'] === 'CREATED')) || ((value['status'] === 'TRANSMITTED')) || ((value['status'] === 'PAID')) || ((value['status'] === 'REVOKED')))) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['personRef', 'status'].includes(key))
    )
  }
})() as Check<typeof Schema.AssessmentListQuery>

export type AssessmentStatusEnum = Static<typeof Schema.AssessmentStatusEnum>
export const AssessmentStatusEnum = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (((value === 'CREATED')) || ((value === 'TRANSMITTED')) || ((value === 'PAID')) || ((value === 'REVOKED')))
    )
  }
})() as Check<typeof Schema.AssessmentStatusEnum>

export type BoundPerson = Static<typeof Schema.BoundPerson>
export const BoundPerson = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['ref'] === 'string') &&
      (typeof value['nameMasked'] === 'string') &&
      (typeof value['idNumberMasked'] === 'string') &&
      (typeof value['registration'] === 'object' && value['registration'] !== null && !Array.isArray(value['registration'])) &&
      (((typeof value['registration']['region'] === 'string')) || ((value['registration']['region'] === null))) &&
      (((typeof value['registration']['status'] === 'string')) || ((value['registration']['status'] === null))) &&
      (((typeof value['registration']['retirementMonth'] === 'string') && value['registration']['retirementMonth'].length <= 7 && local_0.test(value['registration']['retirementMonth'])) || ((value['registration']['retirementMonth'] === null))) &&
      Object.getOwnPropertyNames(value['registration']).length === 3 &&
      (typeof value['addedAt'] === 'string') &&
      (((typeof value['relationship'] === 'string')) || ((value['relationship'] === null))) &&
      Array.isArray(value['scope']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['scope']) &&
      (typeof value['expiresAt'] === 'string') &&
      (((typeof value['approvedVia'] === 'string')) || ((value['approvedVia'] === null))) &&
      Object.getOwnPropertyNames(value).length === 9
    )
  }
})() as Check<typeof Schema.BoundPerson>

export type BoundPersonList = Static<typeof Schema.BoundPersonList>
export const BoundPersonList = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Array.isArray(value['items']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['ref'] === 'string') && (typeof value['nameMasked'] === 'string') && (typeof value['idNumberMasked'] === 'string') && (typeof value['registration'] === 'object' && value['registration'] !== null && !Array.isArray(value['registration'])) && (((typeof value['registration']['region'] === 'string')) || ((value['registration']['region'] === null))) && (((typeof value['registration']['status'] === 'string')) || ((value['registration']['status'] === null))) && (((typeof value['registration']['retirementMonth'] === 'string') && value['registration']['retirementMonth'].length <= 7 && local_0.test(value['registration']['retirementMonth'])) || ((value['registration']['retirementMonth'] === null))) && Object.getOwnPropertyNames(value['registration']).length === 3 && (typeof value['addedAt'] === 'string') && (((typeof value['relationship'] === 'string')) || ((value['relationship'] === null))) && Array.isArray(value['scope']) && ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['scope']) && (typeof value['expiresAt'] === 'string') && (((typeof value['approvedVia'] === 'string')) || ((value['approvedVia'] === null))) && Object.getOwnPropertyNames(value).length === 9))) { return false }; return true; })(value['items']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.BoundPersonList>

export type ComparisonResult = Static<typeof Schema.ComparisonResult>
export const ComparisonResult = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^\d{4}-\d{2}$/;
  const local_4 = /^\d{4}-\d{2}$/;
  const local_5 = /^-?\d+\.\d{2}$/;
  const local_6 = /^-?\d+\.\d{2}$/;
  const local_7 = /^-?\d+\.\d{2}$/;
  const local_8 = /^-?\d+\.\d{2}$/;
  const local_9 = /^-?\d+\.\d{2}$/;
  const local_10 = /^-?\d+\.\d{2}$/;
  const local_11 = /^-?\d+\.\d{2}$/;
  const local_12 = /^-?\d+\.\d{2}$/;
  const local_13 = /^-?\d+\.\d{2}$/;
  const local_14 = /^-?\d+\.\d{2}$/;
  const local_15 = /^-?\d+\.\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['person'] === 'object' && value['person'] !== null && !Array.isArray(value['person'])) &&
      (typeof value['person']['self'] === 'boolean') &&
      (typeof value['person']['nameMasked'] === 'string') &&
      (typeof value['person']['region'] === 'string') &&
      (typeof value['person']['regionName'] === 'string') &&
      (typeof value['person']['inputMode'] === 'string') &&
      Object.getOwnPropertyNames(value['person']).length === 5 &&
      (typeof value['context'] === 'object' && value['context'] !== null && !Array.isArray(value['context'])) &&
      (typeof value['context']['todayMonth'] === 'string') &&
      value['context']['todayMonth'].length <= 7 &&
      local_0.test(value['context']['todayMonth']) &&
      (typeof value['context']['retirementMonth'] === 'string') &&
      value['context']['retirementMonth'].length <= 7 &&
      local_1.test(value['context']['retirementMonth']) &&
      Number.isInteger(value['context']['retirementAgeYears']) &&
      Number.isInteger(value['context']['retirementAgeMonths']) &&
      Number.isInteger(value['context']['countedMonths']) &&
      Number.isInteger(value['context']['paidMonths']) &&
      Number.isInteger(value['context']['assessedMonths']) &&
      (typeof value['context']['paidSoFar'] === 'string') &&
      local_2.test(value['context']['paidSoFar']) &&
      Number.isInteger(value['context']['futureMonths']) &&
      (((typeof value['context']['futureFrom'] === 'string') && value['context']['futureFrom'].length <= 7 && local_3.test(value['context']['futureFrom'])) || ((value['context']['futureFrom'] === null))) &&
      (((typeof value['context']['futureUntil'] === 'string') && value['context']['futureUntil'].length <= 7 && local_4.test(value['context']['futureUntil'])) || ((value['context']['futureUntil'] === null))) &&
      (typeof value['context']['defaultBase'] === 'string') &&
      (typeof value['context']['pensionBaseDefault'] === 'string') &&
      local_5.test(value['context']['pensionBaseDefault']) &&
      (typeof value['context']['avgMonthly'] === 'string') &&
      local_6.test(value['context']['avgMonthly']) &&
      Number.isInteger(value['context']['parametersYear']) &&
      (typeof value['context']['provisional'] === 'boolean') &&
      Object.getOwnPropertyNames(value['context']).length === 16 &&
      Array.isArray(value['rows']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['input'] === 'string') && (typeof value['kind'] === 'string') && ((Number.isFinite(value['percent'])) || ((value['percent'] === null))) && (typeof value['base'] === 'string') && local_7.test(value['base']) && (typeof value['monthly'] === 'string') && local_8.test(value['monthly']) && (typeof value['accountMonthly'] === 'string') && local_9.test(value['accountMonthly']) && (typeof value['explanation'] === 'string') && (typeof value['costUntilRetirement'] === 'string') && local_10.test(value['costUntilRetirement']) && (((typeof value['paybackYears'] === 'string')) || ((value['paybackYears'] === null))) && (typeof value['estimate'] === 'object' && value['estimate'] !== null && !Array.isArray(value['estimate'])) && (typeof value['estimate']['basic'] === 'string') && local_11.test(value['estimate']['basic']) && (typeof value['estimate']['personalAccount'] === 'string') && local_12.test(value['estimate']['personalAccount']) && (typeof value['estimate']['total'] === 'string') && local_13.test(value['estimate']['total']) && Number.isFinite(value['estimate']['divisor']) && Number.isInteger(value['estimate']['monthsPaid']) && Number.isInteger(value['estimate']['monthsFuture']) && Number.isInteger(value['estimate']['monthsTotal']) && (typeof value['estimate']['years'] === 'string') && (typeof value['estimate']['avgIndex'] === 'string') && (typeof value['estimate']['account'] === 'string') && local_14.test(value['estimate']['account']) && (typeof value['estimate']['futureMonthly'] === 'string') && local_15.test(value['estimate']['futureMonthly']) && Array.isArray(value['estimate']['assumptions']) && ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['key'] === 'string') && (typeof value['value'] === 'string') && (((value['source'] === 'data')) || ((value['source'] === 'chosen')) || ((value['source'] === 'default'))) && Object.getOwnPropertyNames(value).length === 3))) { return false }; return true; })(value['estimate']['assumptions']) && Object.getOwnPropertyNames(value['estimate']).length === 12 && Object.getOwnPropertyNames(value).length === 10))) { return false }; return true; })(value['rows']) &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.ComparisonResult>

export type ComparisonRow = Static<typeof Schema.ComparisonRow>
export const ComparisonRow = /*#__PURE__*/ (function () {
  const local_0 = /^-?\d+\.\d{2}$/;
  const local_1 = /^-?\d+\.\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^-?\d+\.\d{2}$/;
  const local_4 = /^-?\d+\.\d{2}$/;
  const local_5 = /^-?\d+\.\d{2}$/;
  const local_6 = /^-?\d+\.\d{2}$/;
  const local_7 = /^-?\d+\.\d{2}$/;
  const local_8 = /^-?\d+\.\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['input'] === 'string') &&
      (typeof value['kind'] === 'string') &&
      ((Number.isFinite(value['percent'])) || ((value['percent'] === null))) &&
      (typeof value['base'] === 'string') &&
      local_0.test(value['base']) &&
      (typeof value['monthly'] === 'string') &&
      local_1.test(value['monthly']) &&
      (typeof value['accountMonthly'] === 'string') &&
      local_2.test(value['accountMonthly']) &&
      (typeof value['explanation'] === 'string') &&
      (typeof value['costUntilRetirement'] === 'string') &&
      local_3.test(value['costUntilRetirement']) &&
      (((typeof value['paybackYears'] === 'string')) || ((value['paybackYears'] === null))) &&
      (typeof value['estimate'] === 'object' && value['estimate'] !== null && !Array.isArray(value['estimate'])) &&
      (typeof value['estimate']['basic'] === 'string') &&
      local_4.test(value['estimate']['basic']) &&
      (typeof value['estimate']['personalAccount'] === 'string') &&
      local_5.test(value['estimate']['personalAccount']) &&
      (typeof value['estimate']['total'] === 'string') &&
      local_6.test(value['estimate']['total']) &&
      Number.isFinite(value['estimate']['divisor']) &&
      Number.isInteger(value['estimate']['monthsPaid']) &&
      Number.isInteger(value['estimate']['monthsFuture']) &&
      Number.isInteger(value['estimate']['monthsTotal']) &&
      (typeof value['estimate']['years'] === 'string') &&
      (typeof value['estimate']['avgIndex'] === 'string') &&
      (typeof value['estimate']['account'] === 'string') &&
      local_7.test(value['estimate']['account']) &&
      (typeof value['estimate']['futureMonthly'] === 'string') &&
      local_8.test(value['estimate']['futureMonthly']) &&
      Array.isArray(value['estimate']['assumptions']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['key'] === 'string') && (typeof value['value'] === 'string') && (((value['source'] === 'data')) || ((value['source'] === 'chosen')) || ((value['source'] === 'default'))) && Object.getOwnPropertyNames(value).length === 3))) { return false }; return true; })(value['estimate']['assumptions']) &&
      Object.getOwnPropertyNames(value['estimate']).length === 12 &&
      Object.getOwnPropertyNames(value).length === 10
    )
  }
})() as Check<typeof Schema.ComparisonRow>

export type ConsentCodeBody = Static<typeof Schema.ConsentCodeBody>
export const ConsentCodeBody = /*#__PURE__*/ (function () {
  const local_0 = /^\d{6}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['code'] === 'string') &&
      value['code'].length <= 6 &&
      local_0.test(value['code']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.ConsentCodeBody>

export type ContactBody = Static<typeof Schema.ContactBody>
export const ContactBody = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['mobile'] !== undefined ? ((typeof value['mobile'] === 'string') && value['mobile'].length <= 32) : true) &&
      (value['mobileFromLogin'] !== undefined ? ((typeof value['mobileFromLogin'] === 'boolean')) : true) &&
      (value['address'] !== undefined ? ((typeof value['address'] === 'string') && value['address'].length <= 300) : true) &&
      (value['personRef'] !== undefined ? ((typeof value['personRef'] === 'string') && value['personRef'].length <= 64 && local_0.test(value['personRef'])) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['mobile', 'mobileFromLogin', 'address', 'personRef'].includes(key))
    )
  }
})() as Check<typeof Schema.ContactBody>

export type DeleteAccountBody = Static<typeof Schema.DeleteAccountBody>
export const DeleteAccountBody = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['confirm'] === '注销') &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.DeleteAccountBody>

export type DeleteAccountResult = Static<typeof Schema.DeleteAccountResult>
export const DeleteAccountResult = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['ok'] === true) &&
      (typeof value['deletedAt'] === 'string') &&
      (typeof value['agencyRecordsKept'] === 'boolean') &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.DeleteAccountResult>

export type EmptyBody = Static<typeof Schema.EmptyBody>
export const EmptyBody = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Object.getOwnPropertyNames(value).every(key => [].includes(key))
    )
  }
})() as Check<typeof Schema.EmptyBody>

export type ErrorBody = Static<typeof Schema.ErrorBody>
export const ErrorBody = /*#__PURE__*/ (function () {
  const local_0 = /^(.*)$/
  const local_1 = /^(.*)$/
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['ok'] === false) &&
      (typeof value['error'] === 'string') &&
      (typeof value['message'] === 'string') &&
      (typeof value['detail'] === 'object' && value['detail'] !== null && !Array.isArray(value['detail']) && !(value['detail'] instanceof Date) && !(value['detail'] instanceof Uint8Array)) &&
      (Object.entries(value['detail']).every(([key, value]) => (local_0.test(key) ? (true) : true))) &&
      Array.isArray(value['errors']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['code'] === 'string') && (typeof value['message'] === 'string') && (typeof value['detail'] === 'object' && value['detail'] !== null && !Array.isArray(value['detail']) && !(value['detail'] instanceof Date) && !(value['detail'] instanceof Uint8Array)) && (Object.entries(value['detail']).every(([key, value]) => (local_1.test(key) ? (true) : true))) && Object.getOwnPropertyNames(value).length === 3))) { return false }; return true; })(value['errors']) &&
      Object.getOwnPropertyNames(value).length === 5
    )
  }
})() as Check<typeof Schema.ErrorBody>

export type EstimateAssumption = Static<typeof Schema.EstimateAssumption>
export const EstimateAssumption = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['key'] === 'string') &&
      (typeof value['value'] === 'string') &&
      (((value['source'] === 'data')) || ((value['source'] === 'chosen')) || ((value['source'] === 'default'))) &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.EstimateAssumption>

export type EstimateResult = Static<typeof Schema.EstimateResult>
export const EstimateResult = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^\d{4}-\d{2}$/;
  const local_4 = /^\d{4}-\d{2}$/;
  const local_5 = /^-?\d+\.\d{2}$/;
  const local_6 = /^-?\d+\.\d{2}$/;
  const local_7 = /^-?\d+\.\d{2}$/;
  const local_8 = /^-?\d+\.\d{2}$/;
  const local_9 = /^-?\d+\.\d{2}$/;
  const local_10 = /^-?\d+\.\d{2}$/;
  const local_11 = /^-?\d+\.\d{2}$/;
  const local_12 = /^-?\d+\.\d{2}$/;
  const local_13 = /^-?\d+\.\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['person'] === 'object' && value['person'] !== null && !Array.isArray(value['person'])) &&
      (typeof value['person']['self'] === 'boolean') &&
      (typeof value['person']['nameMasked'] === 'string') &&
      (typeof value['person']['region'] === 'string') &&
      (typeof value['person']['regionName'] === 'string') &&
      (typeof value['person']['inputMode'] === 'string') &&
      Object.getOwnPropertyNames(value['person']).length === 5 &&
      (typeof value['context'] === 'object' && value['context'] !== null && !Array.isArray(value['context'])) &&
      (typeof value['context']['todayMonth'] === 'string') &&
      value['context']['todayMonth'].length <= 7 &&
      local_0.test(value['context']['todayMonth']) &&
      (typeof value['context']['retirementMonth'] === 'string') &&
      value['context']['retirementMonth'].length <= 7 &&
      local_1.test(value['context']['retirementMonth']) &&
      Number.isInteger(value['context']['retirementAgeYears']) &&
      Number.isInteger(value['context']['retirementAgeMonths']) &&
      Number.isInteger(value['context']['countedMonths']) &&
      Number.isInteger(value['context']['paidMonths']) &&
      Number.isInteger(value['context']['assessedMonths']) &&
      (typeof value['context']['paidSoFar'] === 'string') &&
      local_2.test(value['context']['paidSoFar']) &&
      Number.isInteger(value['context']['futureMonths']) &&
      (((typeof value['context']['futureFrom'] === 'string') && value['context']['futureFrom'].length <= 7 && local_3.test(value['context']['futureFrom'])) || ((value['context']['futureFrom'] === null))) &&
      (((typeof value['context']['futureUntil'] === 'string') && value['context']['futureUntil'].length <= 7 && local_4.test(value['context']['futureUntil'])) || ((value['context']['futureUntil'] === null))) &&
      (typeof value['context']['defaultBase'] === 'string') &&
      (typeof value['context']['pensionBaseDefault'] === 'string') &&
      local_5.test(value['context']['pensionBaseDefault']) &&
      (typeof value['context']['avgMonthly'] === 'string') &&
      local_6.test(value['context']['avgMonthly']) &&
      Number.isInteger(value['context']['parametersYear']) &&
      (typeof value['context']['provisional'] === 'boolean') &&
      Object.getOwnPropertyNames(value['context']).length === 16 &&
      (typeof value['base'] === 'object' && value['base'] !== null && !Array.isArray(value['base'])) &&
      (typeof value['base']['input'] === 'string') &&
      (typeof value['base']['kind'] === 'string') &&
      (typeof value['base']['base'] === 'string') &&
      local_7.test(value['base']['base']) &&
      (typeof value['base']['monthly'] === 'string') &&
      local_8.test(value['base']['monthly']) &&
      (typeof value['base']['explanation'] === 'string') &&
      Object.getOwnPropertyNames(value['base']).length === 5 &&
      (typeof value['estimate'] === 'object' && value['estimate'] !== null && !Array.isArray(value['estimate'])) &&
      (typeof value['estimate']['basic'] === 'string') &&
      local_9.test(value['estimate']['basic']) &&
      (typeof value['estimate']['personalAccount'] === 'string') &&
      local_10.test(value['estimate']['personalAccount']) &&
      (typeof value['estimate']['total'] === 'string') &&
      local_11.test(value['estimate']['total']) &&
      Number.isFinite(value['estimate']['divisor']) &&
      Number.isInteger(value['estimate']['monthsPaid']) &&
      Number.isInteger(value['estimate']['monthsFuture']) &&
      Number.isInteger(value['estimate']['monthsTotal']) &&
      (typeof value['estimate']['years'] === 'string') &&
      (typeof value['estimate']['avgIndex'] === 'string') &&
      (typeof value['estimate']['account'] === 'string') &&
      local_12.test(value['estimate']['account']) &&
      (typeof value['estimate']['futureMonthly'] === 'string') &&
      local_13.test(value['estimate']['futureMonthly']) &&
      Array.isArray(value['estimate']['assumptions']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['key'] === 'string') && (typeof value['value'] === 'string') && (((value['source'] === 'data')) || ((value['source'] === 'chosen')) || ((value['source'] === 'default'))) && Object.getOwnPropertyNames(value).length === 3))) { return false }; return true; })(value['estimate']['assumptions']) &&
      Object.getOwnPropertyNames(value['estimate']).length === 12 &&
      (typeof value['explanation'] === 'object' && value['explanation'] !== null && !Array.isArray(value['explanation'])) &&
      (typeof value['explanation']['basic'] === 'string') &&
      (typeof value['explanation']['account'] === 'string') &&
      (typeof value['explanation']['years'] === 'string') &&
      Object.getOwnPropertyNames(value['explanation']).length === 3 &&
      Object.getOwnPropertyNames(value).length === 5
    )
  }
})() as Check<typeof Schema.EstimateResult>

export type Health = Static<typeof Schema.Health>
export const Health = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['status'] === 'ok') &&
      (typeof value['service'] === 'string') &&
      (typeof value['version'] === 'string') &&
      (typeof value['today'] === 'string') &&
      value['today'].length <= 10 &&
      local_0.test(value['today']) &&
      (typeof value['database'] === 'string') &&
      Object.getOwnPropertyNames(value).length === 5
    )
  }
})() as Check<typeof Schema.Health>

export type HistoryGap = Static<typeof Schema.HistoryGap>
export const HistoryGap = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^\d{4}-\d{2}$/;
  const local_3 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['start'] === 'string') &&
      value['start'].length <= 7 &&
      local_0.test(value['start']) &&
      (typeof value['end'] === 'string') &&
      value['end'].length <= 7 &&
      local_1.test(value['end']) &&
      Number.isInteger(value['months']) &&
      (((typeof value['payable'] === 'object' && value['payable'] !== null && !Array.isArray(value['payable'])) && (typeof value['payable']['start'] === 'string') && value['payable']['start'].length <= 7 && local_2.test(value['payable']['start']) && (typeof value['payable']['end'] === 'string') && value['payable']['end'].length <= 7 && local_3.test(value['payable']['end']) && Object.getOwnPropertyNames(value['payable']).length === 2) || ((value['payable'] === null))) &&
      Object.getOwnPropertyNames(value).length === 4
    )
  }
})() as Check<typeof Schema.HistoryGap>

export type HistoryResult = Static<typeof Schema.HistoryResult>
export const HistoryResult = /*#__PURE__*/ (function () {
  const local_0 = /^-?\d+\.\d{2}$/;
  const local_1 = /^-?\d+\.\d{2}$/;
  const local_2 = /^\d{4}-\d{2}$/;
  const local_3 = /^\d{4}-\d{2}$/;
  const local_4 = /^\d{4}-\d{2}$/;
  const local_5 = /^\d{4}-\d{2}$/;
  const local_6 = /^\d{4}-\d{2}$/;
  const local_7 = /^\d{4}-\d{2}$/;
  const local_8 = /^\d{4}-\d{2}$/;
  const local_9 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['person'] === 'object' && value['person'] !== null && !Array.isArray(value['person'])) &&
      (typeof value['person']['self'] === 'boolean') &&
      (typeof value['person']['nameMasked'] === 'string') &&
      (typeof value['person']['region'] === 'string') &&
      (typeof value['person']['regionName'] === 'string') &&
      (typeof value['person']['inputMode'] === 'string') &&
      Object.getOwnPropertyNames(value['person']).length === 5 &&
      Array.isArray(value['years']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && Number.isInteger(value['year']) && Number.isInteger(value['paidMonths']) && Number.isInteger(value['assessedMonths']) && (typeof value['paidAmount'] === 'string') && local_0.test(value['paidAmount']) && (typeof value['assessedAmount'] === 'string') && local_1.test(value['assessedAmount']) && Array.isArray(value['gaps']) && ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['start'] === 'string') && value['start'].length <= 7 && local_2.test(value['start']) && (typeof value['end'] === 'string') && value['end'].length <= 7 && local_3.test(value['end']) && Number.isInteger(value['months']) && (((typeof value['payable'] === 'object' && value['payable'] !== null && !Array.isArray(value['payable'])) && (typeof value['payable']['start'] === 'string') && value['payable']['start'].length <= 7 && local_4.test(value['payable']['start']) && (typeof value['payable']['end'] === 'string') && value['payable']['end'].length <= 7 && local_5.test(value['payable']['end']) && Object.getOwnPropertyNames(value['payable']).length === 2) || ((value['payable'] === null))) && Object.getOwnPropertyNames(value).length === 4))) { return false }; return true; })(value['gaps']) && Object.getOwnPropertyNames(value).length === 6))) { return false }; return true; })(value['years']) &&
      Array.isArray(value['gaps']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['start'] === 'string') && value['start'].length <= 7 && local_6.test(value['start']) && (typeof value['end'] === 'string') && value['end'].length <= 7 && local_7.test(value['end']) && Number.isInteger(value['months']) && (((typeof value['payable'] === 'object' && value['payable'] !== null && !Array.isArray(value['payable'])) && (typeof value['payable']['start'] === 'string') && value['payable']['start'].length <= 7 && local_8.test(value['payable']['start']) && (typeof value['payable']['end'] === 'string') && value['payable']['end'].length <= 7 && local_9.test(value['payable']['end']) && Object.getOwnPropertyNames(value['payable']).length === 2) || ((value['payable'] === null))) && Object.getOwnPropertyNames(value).length === 4))) { return false }; return true; })(value['gaps']) &&
      Number.isInteger(value['paidMonths']) &&
      Number.isInteger(value['assessedMonths']) &&
      Object.getOwnPropertyNames(value).length === 5
    )
  }
})() as Check<typeof Schema.HistoryResult>

export type Identity = Static<typeof Schema.Identity>
export const Identity = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['name'] === 'string') &&
      (typeof value['idNumberMasked'] === 'string') &&
      (((value['sex'] === 'M')) || ((value['sex'] === 'F'))) &&
      (typeof value['birthDate'] === 'string') &&
      value['birthDate'].length <= 10 &&
      local_0.test(value['birthDate']) &&
      Object.getOwnPropertyNames(value).length === 4
    )
  }
})() as Check<typeof Schema.Identity>

export type IncomingRequest = Static<typeof Schema.IncomingRequest>
export const IncomingRequest = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['ref'] === 'string') &&
      (typeof value['agent'] === 'string') &&
      (typeof value['relationship'] === 'string') &&
      Array.isArray(value['scope']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['scope']) &&
      (typeof value['createdAt'] === 'string') &&
      (typeof value['expiresAt'] === 'string') &&
      Object.getOwnPropertyNames(value).length === 6
    )
  }
})() as Check<typeof Schema.IncomingRequest>

export type IncomingRequestList = Static<typeof Schema.IncomingRequestList>
export const IncomingRequestList = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Array.isArray(value['items']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['ref'] === 'string') && (typeof value['agent'] === 'string') && (typeof value['relationship'] === 'string') && Array.isArray(value['scope']) && ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['scope']) && (typeof value['createdAt'] === 'string') && (typeof value['expiresAt'] === 'string') && Object.getOwnPropertyNames(value).length === 6))) { return false }; return true; })(value['items']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.IncomingRequestList>

export type InsightsContext = Static<typeof Schema.InsightsContext>
export const InsightsContext = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^\d{4}-\d{2}$/;
  const local_4 = /^\d{4}-\d{2}$/;
  const local_5 = /^-?\d+\.\d{2}$/;
  const local_6 = /^-?\d+\.\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['todayMonth'] === 'string') &&
      value['todayMonth'].length <= 7 &&
      local_0.test(value['todayMonth']) &&
      (typeof value['retirementMonth'] === 'string') &&
      value['retirementMonth'].length <= 7 &&
      local_1.test(value['retirementMonth']) &&
      Number.isInteger(value['retirementAgeYears']) &&
      Number.isInteger(value['retirementAgeMonths']) &&
      Number.isInteger(value['countedMonths']) &&
      Number.isInteger(value['paidMonths']) &&
      Number.isInteger(value['assessedMonths']) &&
      (typeof value['paidSoFar'] === 'string') &&
      local_2.test(value['paidSoFar']) &&
      Number.isInteger(value['futureMonths']) &&
      (((typeof value['futureFrom'] === 'string') && value['futureFrom'].length <= 7 && local_3.test(value['futureFrom'])) || ((value['futureFrom'] === null))) &&
      (((typeof value['futureUntil'] === 'string') && value['futureUntil'].length <= 7 && local_4.test(value['futureUntil'])) || ((value['futureUntil'] === null))) &&
      (typeof value['defaultBase'] === 'string') &&
      (typeof value['pensionBaseDefault'] === 'string') &&
      local_5.test(value['pensionBaseDefault']) &&
      (typeof value['avgMonthly'] === 'string') &&
      local_6.test(value['avgMonthly']) &&
      Number.isInteger(value['parametersYear']) &&
      (typeof value['provisional'] === 'boolean') &&
      Object.getOwnPropertyNames(value).length === 16
    )
  }
})() as Check<typeof Schema.InsightsContext>

export type InsightsPerson = Static<typeof Schema.InsightsPerson>
export const InsightsPerson = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['self'] === 'boolean') &&
      (typeof value['nameMasked'] === 'string') &&
      (typeof value['region'] === 'string') &&
      (typeof value['regionName'] === 'string') &&
      (typeof value['inputMode'] === 'string') &&
      Object.getOwnPropertyNames(value).length === 5
    )
  }
})() as Check<typeof Schema.InsightsPerson>

export type InsightsQuery = Static<typeof Schema.InsightsQuery>
export const InsightsQuery = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['personRef'] !== undefined ? ((typeof value['personRef'] === 'string') && value['personRef'].length <= 64 && local_0.test(value['personRef'])) : true) &&
      (value['base'] !== undefined ? ((typeof value['base'] === 'string') && value['base'].length <= 32) : true) &&
      (value['interestRate'] !== undefined ? ((typeof value['interestRate'] === 'string') && value['interestRate'].length <= 8) : true) &&
      (value['pensionBase'] !== undefined ? ((typeof value['pensionBase'] === 'string') && value['pensionBase'].length <= 16) : true) &&
      (value['openingBalance'] !== undefined ? ((typeof value['openingBalance'] === 'string') && value['openingBalance'].length <= 16) : true) &&
      (value['declaredWage'] !== undefined ? ((typeof value['declaredWage'] === 'string') && value['declaredWage'].length <= 16) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['personRef', 'base', 'interestRate', 'pensionBase', 'openingBalance', 'declaredWage'].includes(key))
    )
  }
})() as Check<typeof Schema.InsightsQuery>

export type LoginResult = Static<typeof Schema.LoginResult>
export const LoginResult = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['token'] === 'string') &&
      (typeof value['expiresAt'] === 'string') &&
      (typeof value['account'] === 'object' && value['account'] !== null && !Array.isArray(value['account'])) &&
      (typeof value['account']['id'] === 'string') &&
      (((value['account']['channel'] === 'wechat')) || ((value['account']['channel'] === 'alipay')) || ((value['account']['channel'] === 'h5'))) &&
      (typeof value['account']['channelUser'] === 'string') &&
      (((typeof value['account']['identity'] === 'object' && value['account']['identity'] !== null && !Array.isArray(value['account']['identity'])) && (typeof value['account']['identity']['name'] === 'string') && (typeof value['account']['identity']['idNumberMasked'] === 'string') && (((value['account']['identity']['sex'] === 'M')) || ((value['account']['identity']['sex'] === 'F'))) && (typeof value['account']['identity']['birthDate'] === 'string') && value['account']['identity']['birthDate'].length <= 10 && local_0.test(value['account']['identity']['birthDate']) && Object.getOwnPropertyNames(value['account']['identity']).length === 4) || ((value['account']['identity'] === null))) &&
      (typeof value['account']['registered'] === 'boolean') &&
      Number.isInteger(value['account']['boundPeople']) &&
      Object.getOwnPropertyNames(value['account']).length === 6 &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.LoginResult>

export type Message = Static<typeof Schema.Message>
export const Message = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Number.isInteger(value['id']) &&
      (typeof value['at'] === 'string') &&
      (typeof value['kind'] === 'string') &&
      (typeof value['actor'] === 'string') &&
      (typeof value['title'] === 'string') &&
      (typeof value['body'] === 'string') &&
      (((typeof value['entityId'] === 'string')) || ((value['entityId'] === null))) &&
      Object.getOwnPropertyNames(value).length === 7
    )
  }
})() as Check<typeof Schema.Message>

export type MessageList = Static<typeof Schema.MessageList>
export const MessageList = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Array.isArray(value['items']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && Number.isInteger(value['id']) && (typeof value['at'] === 'string') && (typeof value['kind'] === 'string') && (typeof value['actor'] === 'string') && (typeof value['title'] === 'string') && (typeof value['body'] === 'string') && (((typeof value['entityId'] === 'string')) || ((value['entityId'] === null))) && Object.getOwnPropertyNames(value).length === 7))) { return false }; return true; })(value['items']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.MessageList>

export type MobileCheckBody = Static<typeof Schema.MobileCheckBody>
export const MobileCheckBody = /*#__PURE__*/ (function () {
  const local_0 = /^1\d{10}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['name'] === 'string') &&
      value['name'].length <= 30 &&
      value['name'].length >= 1 &&
      (typeof value['idNumber'] === 'string') &&
      value['idNumber'].length <= 32 &&
      value['idNumber'].length >= 1 &&
      (typeof value['mobile'] === 'string') &&
      value['mobile'].length <= 11 &&
      local_0.test(value['mobile']) &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.MobileCheckBody>

export type MobileCheckStarted = Static<typeof Schema.MobileCheckStarted>
export const MobileCheckStarted = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['checkId'] === 'string') &&
      (typeof value['mobileMasked'] === 'string') &&
      Number.isInteger(value['expiresInSeconds']) &&
      Number.isInteger(value['resendInSeconds']) &&
      Object.getOwnPropertyNames(value).length === 4
    )
  }
})() as Check<typeof Schema.MobileCheckStarted>

export type MobileConfirmBody = Static<typeof Schema.MobileConfirmBody>
export const MobileConfirmBody = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  const local_1 = /^\d{6}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['checkId'] === 'string') &&
      value['checkId'].length <= 64 &&
      local_0.test(value['checkId']) &&
      (typeof value['code'] === 'string') &&
      value['code'].length <= 6 &&
      local_1.test(value['code']) &&
      Object.getOwnPropertyNames(value).length === 2
    )
  }
})() as Check<typeof Schema.MobileConfirmBody>

export type MyAgent = Static<typeof Schema.MyAgent>
export const MyAgent = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['ref'] === 'string') &&
      (typeof value['agent'] === 'string') &&
      (((typeof value['relationship'] === 'string')) || ((value['relationship'] === null))) &&
      Array.isArray(value['scope']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['scope']) &&
      (typeof value['since'] === 'string') &&
      (typeof value['expiresAt'] === 'string') &&
      (((typeof value['approvedVia'] === 'string')) || ((value['approvedVia'] === null))) &&
      Object.getOwnPropertyNames(value).length === 7
    )
  }
})() as Check<typeof Schema.MyAgent>

export type MyAgentList = Static<typeof Schema.MyAgentList>
export const MyAgentList = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Array.isArray(value['items']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['ref'] === 'string') && (typeof value['agent'] === 'string') && (((typeof value['relationship'] === 'string')) || ((value['relationship'] === null))) && Array.isArray(value['scope']) && ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['scope']) && (typeof value['since'] === 'string') && (typeof value['expiresAt'] === 'string') && (((typeof value['approvedVia'] === 'string')) || ((value['approvedVia'] === null))) && Object.getOwnPropertyNames(value).length === 7))) { return false }; return true; })(value['items']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.MyAgentList>

export type OkBody = Static<typeof Schema.OkBody>
export const OkBody = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['ok'] === true) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.OkBody>

export type PayResult = Static<typeof Schema.PayResult>
export const PayResult = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^-?\d+\.\d{2}$/;
  const local_4 = /^-?\d+\.\d{2}$/;
  const local_5 = /^-?\d+\.\d{2}$/;
  const local_6 = /^-?\d+\.\d{2}$/;
  const local_7 = /^-?\d+\.\d{2}$/;
  const local_8 = /^\d{4}-\d{2}$/;
  const local_9 = /^\d{4}-\d{2}$/;
  const local_10 = /^-?\d+\.\d{2}$/;
  const local_11 = /^-?\d+\.\d{2}$/;
  const local_12 = /^\d{4}-\d{2}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['assessment'] === 'object' && value['assessment'] !== null && !Array.isArray(value['assessment'])) &&
      (typeof value['assessment']['id'] === 'string') &&
      (typeof value['assessment']['owner'] === 'object' && value['assessment']['owner'] !== null && !Array.isArray(value['assessment']['owner'])) &&
      (typeof value['assessment']['owner']['self'] === 'boolean') &&
      (((typeof value['assessment']['owner']['personRef'] === 'string')) || ((value['assessment']['owner']['personRef'] === null))) &&
      (typeof value['assessment']['owner']['nameMasked'] === 'string') &&
      (typeof value['assessment']['owner']['idNumberMasked'] === 'string') &&
      Object.getOwnPropertyNames(value['assessment']['owner']).length === 4 &&
      (typeof value['assessment']['operator'] === 'object' && value['assessment']['operator'] !== null && !Array.isArray(value['assessment']['operator'])) &&
      (typeof value['assessment']['operator']['self'] === 'boolean') &&
      (typeof value['assessment']['operator']['byAgent'] === 'boolean') &&
      (typeof value['assessment']['operator']['label'] === 'string') &&
      Object.getOwnPropertyNames(value['assessment']['operator']).length === 3 &&
      (typeof value['assessment']['region'] === 'string') &&
      (typeof value['assessment']['start'] === 'string') &&
      value['assessment']['start'].length <= 7 &&
      local_0.test(value['assessment']['start']) &&
      (typeof value['assessment']['end'] === 'string') &&
      value['assessment']['end'].length <= 7 &&
      local_1.test(value['assessment']['end']) &&
      Number.isInteger(value['assessment']['months']) &&
      (((typeof value['assessment']['frequency'] === 'string')) || ((value['assessment']['frequency'] === null))) &&
      (typeof value['assessment']['baseInput'] === 'string') &&
      (typeof value['assessment']['baseKind'] === 'string') &&
      (typeof value['assessment']['baseMonthly'] === 'string') &&
      local_2.test(value['assessment']['baseMonthly']) &&
      (typeof value['assessment']['baseTotal'] === 'string') &&
      local_3.test(value['assessment']['baseTotal']) &&
      (typeof value['assessment']['contributionMonthly'] === 'string') &&
      local_4.test(value['assessment']['contributionMonthly']) &&
      (typeof value['assessment']['accountMonthly'] === 'string') &&
      local_5.test(value['assessment']['accountMonthly']) &&
      (typeof value['assessment']['pooledMonthly'] === 'string') &&
      local_6.test(value['assessment']['pooledMonthly']) &&
      (typeof value['assessment']['total'] === 'string') &&
      local_7.test(value['assessment']['total']) &&
      Array.isArray(value['assessment']['monthKinds']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['assessment']['monthKinds']) &&
      (typeof value['assessment']['provisional'] === 'boolean') &&
      (typeof value['assessment']['truncatedToRetirement'] === 'boolean') &&
      (((value['assessment']['status'] === 'CREATED')) || ((value['assessment']['status'] === 'TRANSMITTED')) || ((value['assessment']['status'] === 'PAID')) || ((value['assessment']['status'] === 'REVOKED'))) &&
      (typeof value['assessment']['taxRevoked'] === 'boolean') &&
      (typeof value['assessment']['createdAt'] === 'string') &&
      (((typeof value['assessment']['transmittedAt'] === 'string')) || ((value['assessment']['transmittedAt'] === null))) &&
      (((typeof value['assessment']['paidAt'] === 'string')) || ((value['assessment']['paidAt'] === null))) &&
      (((typeof value['assessment']['taxRevokedAt'] === 'string')) || ((value['assessment']['taxRevokedAt'] === null))) &&
      (((typeof value['assessment']['revokedAt'] === 'string')) || ((value['assessment']['revokedAt'] === null))) &&
      Object.getOwnPropertyNames(value['assessment']).length === 26 &&
      (typeof value['receipt'] === 'object' && value['receipt'] !== null && !Array.isArray(value['receipt'])) &&
      (typeof value['receipt']['assessmentId'] === 'string') &&
      (typeof value['receipt']['voucherNo'] === 'string') &&
      (typeof value['receipt']['nameMasked'] === 'string') &&
      (typeof value['receipt']['idNumberMasked'] === 'string') &&
      (typeof value['receipt']['region'] === 'string') &&
      (typeof value['receipt']['regionName'] === 'string') &&
      (typeof value['receipt']['start'] === 'string') &&
      value['receipt']['start'].length <= 7 &&
      local_8.test(value['receipt']['start']) &&
      (typeof value['receipt']['end'] === 'string') &&
      value['receipt']['end'].length <= 7 &&
      local_9.test(value['receipt']['end']) &&
      Number.isInteger(value['receipt']['months']) &&
      (typeof value['receipt']['baseMonthly'] === 'string') &&
      local_10.test(value['receipt']['baseMonthly']) &&
      (typeof value['receipt']['total'] === 'string') &&
      local_11.test(value['receipt']['total']) &&
      (typeof value['receipt']['paidAt'] === 'string') &&
      (typeof value['receipt']['paidDate'] === 'string') &&
      value['receipt']['paidDate'].length <= 10 &&
      local_12.test(value['receipt']['paidDate']) &&
      (typeof value['receipt']['payee'] === 'string') &&
      (typeof value['receipt']['cashierTransactionId'] === 'string') &&
      Object.getOwnPropertyNames(value['receipt']).length === 15 &&
      Object.getOwnPropertyNames(value).length === 2
    )
  }
})() as Check<typeof Schema.PayResult>

export type PersonEstimateFigures = Static<typeof Schema.PersonEstimateFigures>
export const PersonEstimateFigures = /*#__PURE__*/ (function () {
  const local_0 = /^-?\d+\.\d{2}$/;
  const local_1 = /^-?\d+\.\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^-?\d+\.\d{2}$/;
  const local_4 = /^-?\d+\.\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['basic'] === 'string') &&
      local_0.test(value['basic']) &&
      (typeof value['personalAccount'] === 'string') &&
      local_1.test(value['personalAccount']) &&
      (typeof value['total'] === 'string') &&
      local_2.test(value['total']) &&
      Number.isFinite(value['divisor']) &&
      Number.isInteger(value['monthsPaid']) &&
      Number.isInteger(value['monthsFuture']) &&
      Number.isInteger(value['monthsTotal']) &&
      (typeof value['years'] === 'string') &&
      (typeof value['avgIndex'] === 'string') &&
      (typeof value['account'] === 'string') &&
      local_3.test(value['account']) &&
      (typeof value['futureMonthly'] === 'string') &&
      local_4.test(value['futureMonthly']) &&
      Array.isArray(value['assumptions']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['key'] === 'string') && (typeof value['value'] === 'string') && (((value['source'] === 'data')) || ((value['source'] === 'chosen')) || ((value['source'] === 'default'))) && Object.getOwnPropertyNames(value).length === 3))) { return false }; return true; })(value['assumptions']) &&
      Object.getOwnPropertyNames(value).length === 12
    )
  }
})() as Check<typeof Schema.PersonEstimateFigures>

export type PersonRef = Static<typeof Schema.PersonRef>
export const PersonRef = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'string') &&
      value.length <= 64 &&
      local_0.test(value)
    )
  }
})() as Check<typeof Schema.PersonRef>

export type PersonRefQuery = Static<typeof Schema.PersonRefQuery>
export const PersonRefQuery = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['personRef'] !== undefined ? ((typeof value['personRef'] === 'string') && value['personRef'].length <= 64 && local_0.test(value['personRef'])) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['personRef'].includes(key))
    )
  }
})() as Check<typeof Schema.PersonRefQuery>

export type PlatformIdentityBody = Static<typeof Schema.PlatformIdentityBody>
export const PlatformIdentityBody = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['authorise'] === true) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.PlatformIdentityBody>

export type PlatformIdentityPreview = Static<typeof Schema.PlatformIdentityPreview>
export const PlatformIdentityPreview = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['available'] === 'boolean') &&
      (((typeof value['nameMasked'] === 'string')) || ((value['nameMasked'] === null))) &&
      (((typeof value['idNumberMasked'] === 'string')) || ((value['idNumberMasked'] === null))) &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.PlatformIdentityPreview>

export type Problem = Static<typeof Schema.Problem>
export const Problem = /*#__PURE__*/ (function () {
  const local_0 = /^(.*)$/
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['code'] === 'string') &&
      (typeof value['message'] === 'string') &&
      (typeof value['detail'] === 'object' && value['detail'] !== null && !Array.isArray(value['detail']) && !(value['detail'] instanceof Date) && !(value['detail'] instanceof Uint8Array)) &&
      (Object.entries(value['detail']).every(([key, value]) => (local_0.test(key) ? (true) : true))) &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.Problem>

export type ProxyRequest = Static<typeof Schema.ProxyRequest>
export const ProxyRequest = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['ref'] === 'string') &&
      (typeof value['nameMasked'] === 'string') &&
      (typeof value['relationship'] === 'string') &&
      (((value['status'] === 'PENDING')) || ((value['status'] === 'APPROVED')) || ((value['status'] === 'DECLINED')) || ((value['status'] === 'CANCELLED')) || ((value['status'] === 'EXPIRED'))) &&
      (typeof value['createdAt'] === 'string') &&
      (typeof value['expiresAt'] === 'string') &&
      (typeof value['mobileOnFile'] === 'boolean') &&
      (((typeof value['mobileMasked'] === 'string')) || ((value['mobileMasked'] === null))) &&
      (((typeof value['smsSentAt'] === 'string')) || ((value['smsSentAt'] === null))) &&
      Number.isInteger(value['resendInSeconds']) &&
      Number.isInteger(value['attemptsLeft']) &&
      (((typeof value['bindingRef'] === 'string')) || ((value['bindingRef'] === null))) &&
      Object.getOwnPropertyNames(value).length === 12
    )
  }
})() as Check<typeof Schema.ProxyRequest>

export type ProxyRequestList = Static<typeof Schema.ProxyRequestList>
export const ProxyRequestList = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Array.isArray(value['items']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['ref'] === 'string') && (typeof value['nameMasked'] === 'string') && (typeof value['relationship'] === 'string') && (((value['status'] === 'PENDING')) || ((value['status'] === 'APPROVED')) || ((value['status'] === 'DECLINED')) || ((value['status'] === 'CANCELLED')) || ((value['status'] === 'EXPIRED'))) && (typeof value['createdAt'] === 'string') && (typeof value['expiresAt'] === 'string') && (typeof value['mobileOnFile'] === 'boolean') && (((typeof value['mobileMasked'] === 'string')) || ((value['mobileMasked'] === null))) && (((typeof value['smsSentAt'] === 'string')) || ((value['smsSentAt'] === null))) && Number.isInteger(value['resendInSeconds']) && Number.isInteger(value['attemptsLeft']) && (((typeof value['bindingRef'] === 'string')) || ((value['bindingRef'] === null))) && Object.getOwnPropertyNames(value).length === 12))) { return false }; return true; })(value['items']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.ProxyRequestList>

export type Quote = Static<typeof Schema.Quote>
export const Quote = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^\d{4}-\d{2}$/;
  const local_3 = /^-?\d+\.\d{2}$/;
  const local_4 = /^-?\d+\.\d{2}$/;
  const local_5 = /^-?\d+\.\d{2}$/;
  const local_6 = /^-?\d+\.\d{2}$/;
  const local_7 = /^-?\d+\.\d{2}$/;
  const local_8 = /^-?\d+\.\d{2}$/;
  const local_9 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Number.isInteger(value['months']) &&
      (typeof value['start'] === 'string') &&
      value['start'].length <= 7 &&
      local_0.test(value['start']) &&
      (typeof value['end'] === 'string') &&
      value['end'].length <= 7 &&
      local_1.test(value['end']) &&
      (typeof value['requestedEnd'] === 'string') &&
      value['requestedEnd'].length <= 7 &&
      local_2.test(value['requestedEnd']) &&
      (typeof value['baseMonthly'] === 'string') &&
      local_3.test(value['baseMonthly']) &&
      (typeof value['baseTotal'] === 'string') &&
      local_4.test(value['baseTotal']) &&
      (typeof value['contributionMonthly'] === 'string') &&
      local_5.test(value['contributionMonthly']) &&
      (typeof value['accountMonthly'] === 'string') &&
      local_6.test(value['accountMonthly']) &&
      (typeof value['pooledMonthly'] === 'string') &&
      local_7.test(value['pooledMonthly']) &&
      (typeof value['total'] === 'string') &&
      local_8.test(value['total']) &&
      (typeof value['baseKind'] === 'string') &&
      Array.isArray(value['monthKinds']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['monthKinds']) &&
      Array.isArray(value['breakdown']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['month'] === 'string') && value['month'].length <= 7 && local_9.test(value['month']) && (typeof value['kind'] === 'string') && Object.getOwnPropertyNames(value).length === 2))) { return false }; return true; })(value['breakdown']) &&
      (typeof value['provisional'] === 'boolean') &&
      (typeof value['truncatedToRetirement'] === 'boolean') &&
      Number.isInteger(value['assessmentYear']) &&
      Number.isInteger(value['parametersYear']) &&
      (typeof value['yearKind'] === 'string') &&
      (typeof value['rate'] === 'string') &&
      (typeof value['accountRate'] === 'string') &&
      (typeof value['limits'] === 'object' && value['limits'] !== null && !Array.isArray(value['limits'])) &&
      (typeof value['limits']['lower'] === 'string') &&
      (typeof value['limits']['upper'] === 'string') &&
      (typeof value['limits']['published'] === 'boolean') &&
      (typeof value['limits']['status'] === 'string') &&
      Object.getOwnPropertyNames(value['limits']).length === 4 &&
      (((typeof value['retirementMonth'] === 'string')) || ((value['retirementMonth'] === null))) &&
      (typeof value['explanation'] === 'string') &&
      (typeof value['periodText'] === 'string') &&
      Object.getOwnPropertyNames(value).length === 24
    )
  }
})() as Check<typeof Schema.Quote>

export type Receipt = Static<typeof Schema.Receipt>
export const Receipt = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^-?\d+\.\d{2}$/;
  const local_4 = /^\d{4}-\d{2}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['assessmentId'] === 'string') &&
      (typeof value['voucherNo'] === 'string') &&
      (typeof value['nameMasked'] === 'string') &&
      (typeof value['idNumberMasked'] === 'string') &&
      (typeof value['region'] === 'string') &&
      (typeof value['regionName'] === 'string') &&
      (typeof value['start'] === 'string') &&
      value['start'].length <= 7 &&
      local_0.test(value['start']) &&
      (typeof value['end'] === 'string') &&
      value['end'].length <= 7 &&
      local_1.test(value['end']) &&
      Number.isInteger(value['months']) &&
      (typeof value['baseMonthly'] === 'string') &&
      local_2.test(value['baseMonthly']) &&
      (typeof value['total'] === 'string') &&
      local_3.test(value['total']) &&
      (typeof value['paidAt'] === 'string') &&
      (typeof value['paidDate'] === 'string') &&
      value['paidDate'].length <= 10 &&
      local_4.test(value['paidDate']) &&
      (typeof value['payee'] === 'string') &&
      (typeof value['cashierTransactionId'] === 'string') &&
      Object.getOwnPropertyNames(value).length === 15
    )
  }
})() as Check<typeof Schema.Receipt>

export type RefParams = Static<typeof Schema.RefParams>
export const RefParams = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['ref'] === 'string') &&
      value['ref'].length <= 64 &&
      local_0.test(value['ref']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.RefParams>

export type Region = Static<typeof Schema.Region>
export const Region = /*#__PURE__*/ (function () {
  const local_0 = /^-?\d+\.\d{2}$/;
  const local_1 = /^-?\d+\.\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^-?\d+\.\d{2}$/;
  const local_4 = /^\d{4}-\d{2}$/;
  const local_5 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['code'] === 'string') &&
      (typeof value['name'] === 'string') &&
      Array.isArray(value['districts']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['code'] === 'string') && (typeof value['name'] === 'string') && Object.getOwnPropertyNames(value).length === 2))) { return false }; return true; })(value['districts']) &&
      (((value['inputMode'] === 'ningxia')) || ((value['inputMode'] === 'tier')) || ((value['inputMode'] === 'amount'))) &&
      (((value['yearKind'] === 'calendar')) || ((value['yearKind'] === 'si_july'))) &&
      Number.isInteger(value['assessmentYear']) &&
      (((typeof value['band'] === 'object' && value['band'] !== null && !Array.isArray(value['band'])) && (typeof value['band']['lower'] === 'string') && local_0.test(value['band']['lower']) && (typeof value['band']['upper'] === 'string') && local_1.test(value['band']['upper']) && (typeof value['band']['status'] === 'string') && Object.getOwnPropertyNames(value['band']).length === 3) || ((value['band'] === null))) &&
      Array.isArray(value['tiers']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && Number.isFinite(value['percent']) && (typeof value['baseMonthly'] === 'string') && local_2.test(value['baseMonthly']) && (typeof value['contributionMonthly'] === 'string') && local_3.test(value['contributionMonthly']) && Object.getOwnPropertyNames(value).length === 3))) { return false }; return true; })(value['tiers']) &&
      (typeof value['rate'] === 'string') &&
      (typeof value['accountRate'] === 'string') &&
      (typeof value['allowedMonths'] === 'object' && value['allowedMonths'] !== null && !Array.isArray(value['allowedMonths'])) &&
      (((typeof value['allowedMonths']['earliest'] === 'string') && value['allowedMonths']['earliest'].length <= 7 && local_4.test(value['allowedMonths']['earliest'])) || ((value['allowedMonths']['earliest'] === null))) &&
      (((typeof value['allowedMonths']['latest'] === 'string') && value['allowedMonths']['latest'].length <= 7 && local_5.test(value['allowedMonths']['latest'])) || ((value['allowedMonths']['latest'] === null))) &&
      Object.getOwnPropertyNames(value['allowedMonths']).length === 2 &&
      (((typeof value['declarationWindow'] === 'object' && value['declarationWindow'] !== null && !Array.isArray(value['declarationWindow'])) && Number.isInteger(value['declarationWindow']['fromDayPrev']) && Number.isInteger(value['declarationWindow']['toDay']) && Object.getOwnPropertyNames(value['declarationWindow']).length === 2) || ((value['declarationWindow'] === null))) &&
      (((typeof value['freeze'] === 'object' && value['freeze'] !== null && !Array.isArray(value['freeze'])) && (typeof value['freeze']['from'] === 'string') && (typeof value['freeze']['to'] === 'string') && Object.getOwnPropertyNames(value['freeze']).length === 2) || ((value['freeze'] === null))) &&
      (typeof value['frozenToday'] === 'boolean') &&
      Array.isArray(value['frequencyOptions']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['frequencyOptions']) &&
      (typeof value['reregister'] === 'string') &&
      (typeof value['provisional'] === 'boolean') &&
      (((typeof value['provisionalNotice'] === 'string')) || ((value['provisionalNotice'] === null))) &&
      Object.getOwnPropertyNames(value).length === 18
    )
  }
})() as Check<typeof Schema.Region>

export type RegionList = Static<typeof Schema.RegionList>
export const RegionList = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}-\d{2}$/;
  const local_1 = /^-?\d+\.\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  const local_3 = /^-?\d+\.\d{2}$/;
  const local_4 = /^-?\d+\.\d{2}$/;
  const local_5 = /^\d{4}-\d{2}$/;
  const local_6 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['today'] === 'string') &&
      value['today'].length <= 10 &&
      local_0.test(value['today']) &&
      Array.isArray(value['regions']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['code'] === 'string') && (typeof value['name'] === 'string') && Array.isArray(value['districts']) && ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['code'] === 'string') && (typeof value['name'] === 'string') && Object.getOwnPropertyNames(value).length === 2))) { return false }; return true; })(value['districts']) && (((value['inputMode'] === 'ningxia')) || ((value['inputMode'] === 'tier')) || ((value['inputMode'] === 'amount'))) && (((value['yearKind'] === 'calendar')) || ((value['yearKind'] === 'si_july'))) && Number.isInteger(value['assessmentYear']) && (((typeof value['band'] === 'object' && value['band'] !== null && !Array.isArray(value['band'])) && (typeof value['band']['lower'] === 'string') && local_1.test(value['band']['lower']) && (typeof value['band']['upper'] === 'string') && local_2.test(value['band']['upper']) && (typeof value['band']['status'] === 'string') && Object.getOwnPropertyNames(value['band']).length === 3) || ((value['band'] === null))) && Array.isArray(value['tiers']) && ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && Number.isFinite(value['percent']) && (typeof value['baseMonthly'] === 'string') && local_3.test(value['baseMonthly']) && (typeof value['contributionMonthly'] === 'string') && local_4.test(value['contributionMonthly']) && Object.getOwnPropertyNames(value).length === 3))) { return false }; return true; })(value['tiers']) && (typeof value['rate'] === 'string') && (typeof value['accountRate'] === 'string') && (typeof value['allowedMonths'] === 'object' && value['allowedMonths'] !== null && !Array.isArray(value['allowedMonths'])) && (((typeof value['allowedMonths']['earliest'] === 'string') && value['allowedMonths']['earliest'].length <= 7 && local_5.test(value['allowedMonths']['earliest'])) || ((value['allowedMonths']['earliest'] === null))) && (((typeof value['allowedMonths']['latest'] === 'string') && value['allowedMonths']['latest'].length <= 7 && local_6.test(value['allowedMonths']['latest'])) || ((value['allowedMonths']['latest'] === null))) && Object.getOwnPropertyNames(value['allowedMonths']).length === 2 && (((typeof value['declarationWindow'] === 'object' && value['declarationWindow'] !== null && !Array.isArray(value['declarationWindow'])) && Number.isInteger(value['declarationWindow']['fromDayPrev']) && Number.isInteger(value['declarationWindow']['toDay']) && Object.getOwnPropertyNames(value['declarationWindow']).length === 2) || ((value['declarationWindow'] === null))) && (((typeof value['freeze'] === 'object' && value['freeze'] !== null && !Array.isArray(value['freeze'])) && (typeof value['freeze']['from'] === 'string') && (typeof value['freeze']['to'] === 'string') && Object.getOwnPropertyNames(value['freeze']).length === 2) || ((value['freeze'] === null))) && (typeof value['frozenToday'] === 'boolean') && Array.isArray(value['frequencyOptions']) && ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['frequencyOptions']) && (typeof value['reregister'] === 'string') && (typeof value['provisional'] === 'boolean') && (((typeof value['provisionalNotice'] === 'string')) || ((value['provisionalNotice'] === null))) && Object.getOwnPropertyNames(value).length === 18))) { return false }; return true; })(value['regions']) &&
      Object.getOwnPropertyNames(value).length === 2
    )
  }
})() as Check<typeof Schema.RegionList>

export type RegisterBody = Static<typeof Schema.RegisterBody>
export const RegisterBody = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['region'] === 'string') &&
      value['region'].length <= 32 &&
      (value['district'] !== undefined ? ((typeof value['district'] === 'string') && value['district'].length <= 32) : true) &&
      (typeof value['category'] === 'string') &&
      value['category'].length <= 64 &&
      (value['employeeInsuranceStatus'] !== undefined ? ((typeof value['employeeInsuranceStatus'] === 'string') && value['employeeInsuranceStatus'].length <= 32) : true) &&
      (value['subsidyDistrict'] !== undefined ? ((typeof value['subsidyDistrict'] === 'string') && value['subsidyDistrict'].length <= 32) : true) &&
      (value['postType'] !== undefined ? ((typeof value['postType'] === 'string') && value['postType'].length <= 16) : true) &&
      (value['localHukou'] !== undefined ? ((typeof value['localHukou'] === 'boolean')) : true) &&
      (value['ethnicity'] !== undefined ? ((typeof value['ethnicity'] === 'string') && value['ethnicity'].length <= 16) : true) &&
      (value['address'] !== undefined ? ((typeof value['address'] === 'string') && value['address'].length <= 300) : true) &&
      (value['mobile'] !== undefined ? ((typeof value['mobile'] === 'string') && value['mobile'].length <= 32) : true) &&
      (value['mobileFromLogin'] !== undefined ? ((typeof value['mobileFromLogin'] === 'boolean')) : true) &&
      (value['hukouType'] !== undefined ? ((typeof value['hukouType'] === 'string') && value['hukouType'].length <= 16) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['region', 'district', 'category', 'employeeInsuranceStatus', 'subsidyDistrict', 'postType', 'localHukou', 'ethnicity', 'address', 'mobile', 'mobileFromLogin', 'hukouType'].includes(key))
    )
  }
})() as Check<typeof Schema.RegisterBody>

export type RegisterResult = Static<typeof Schema.RegisterResult>
export const RegisterResult = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^\d{4}-\d{2}$/;
  const local_3 = /^\d{4}-\d{2}$/;
  const local_4 = /^\d{4}-\d{2}$/;
  const local_5 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (((value['action'] === 'REGISTERED')) || ((value['action'] === 'REGION_CHANGED'))) &&
      (typeof value['registration'] === 'object' && value['registration'] !== null && !Array.isArray(value['registration'])) &&
      (typeof value['registration']['registered'] === 'boolean') &&
      (((typeof value['registration']['region'] === 'string')) || ((value['registration']['region'] === null))) &&
      (((typeof value['registration']['regionName'] === 'string')) || ((value['registration']['regionName'] === null))) &&
      (((typeof value['registration']['district'] === 'string')) || ((value['registration']['district'] === null))) &&
      (((typeof value['registration']['category'] === 'string')) || ((value['registration']['category'] === null))) &&
      (((typeof value['registration']['ethnicity'] === 'string')) || ((value['registration']['ethnicity'] === null))) &&
      (((typeof value['registration']['hukouType'] === 'string')) || ((value['registration']['hukouType'] === null))) &&
      (((typeof value['registration']['mobileMasked'] === 'string')) || ((value['registration']['mobileMasked'] === null))) &&
      (((typeof value['registration']['address'] === 'string')) || ((value['registration']['address'] === null))) &&
      (((((value['registration']['status'] === 'ACTIVE')) || ((value['registration']['status'] === 'SUSPENDED')))) || ((value['registration']['status'] === null))) &&
      (((typeof value['registration']['workStartDate'] === 'string') && value['registration']['workStartDate'].length <= 10 && local_0.test(value['registration']['workStartDate'])) || ((value['registration']['workStartDate'] === null))) &&
      (((typeof value['registration']['retirementCategory'] === 'string')) || ((value['registration']['retirementCategory'] === null))) &&
      (((typeof value['registration']['retirementMonth'] === 'string') && value['registration']['retirementMonth'].length <= 7 && local_1.test(value['registration']['retirementMonth'])) || ((value['registration']['retirementMonth'] === null))) &&
      (((typeof value['registration']['suspendedFrom'] === 'string') && value['registration']['suspendedFrom'].length <= 7 && local_2.test(value['registration']['suspendedFrom'])) || ((value['registration']['suspendedFrom'] === null))) &&
      (((typeof value['registration']['suspendReason'] === 'string')) || ((value['registration']['suspendReason'] === null))) &&
      (((typeof value['registration']['resumedFrom'] === 'string') && value['registration']['resumedFrom'].length <= 7 && local_3.test(value['registration']['resumedFrom'])) || ((value['registration']['resumedFrom'] === null))) &&
      Array.isArray(value['registration']['monthsCoveredThisYear']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string') && value.length <= 7 && local_4.test(value)))) { return false }; return true; })(value['registration']['monthsCoveredThisYear']) &&
      (((typeof value['registration']['nextDueMonth'] === 'string') && value['registration']['nextDueMonth'].length <= 7 && local_5.test(value['registration']['nextDueMonth'])) || ((value['registration']['nextDueMonth'] === null))) &&
      Object.getOwnPropertyNames(value['registration']).length === 18 &&
      Object.getOwnPropertyNames(value).length === 2
    )
  }
})() as Check<typeof Schema.RegisterResult>

export type RegistrationStatus = Static<typeof Schema.RegistrationStatus>
export const RegistrationStatus = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^\d{4}-\d{2}$/;
  const local_3 = /^\d{4}-\d{2}$/;
  const local_4 = /^\d{4}-\d{2}$/;
  const local_5 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['registered'] === 'boolean') &&
      (((typeof value['region'] === 'string')) || ((value['region'] === null))) &&
      (((typeof value['regionName'] === 'string')) || ((value['regionName'] === null))) &&
      (((typeof value['district'] === 'string')) || ((value['district'] === null))) &&
      (((typeof value['category'] === 'string')) || ((value['category'] === null))) &&
      (((typeof value['ethnicity'] === 'string')) || ((value['ethnicity'] === null))) &&
      (((typeof value['hukouType'] === 'string')) || ((value['hukouType'] === null))) &&
      (((typeof value['mobileMasked'] === 'string')) || ((value['mobileMasked'] === null))) &&
      (((typeof value['address'] === 'string')) || ((value['address'] === null))) &&
      (((((value['status'] === 'ACTIVE')) || ((value['status'] === 'SUSPENDED')))) || ((value['status'] === null))) &&
      (((typeof value['workStartDate'] === 'string') && value['workStartDate'].length <= 10 && local_0.test(value['workStartDate'])) || ((value['workStartDate'] === null))) &&
      (((typeof value['retirementCategory'] === 'string')) || ((value['retirementCategory'] === null))) &&
      (((typeof value['retirementMonth'] === 'string') && value['retirementMonth'].length <= 7 && local_1.test(value['retirementMonth'])) || ((value['retirementMonth'] === null))) &&
      (((typeof value['suspendedFrom'] === 'string') && value['suspendedFrom'].length <= 7 && local_2.test(value['suspendedFrom'])) || ((value['suspendedFrom'] === null))) &&
      (((typeof value['suspendReason'] === 'string')) || ((value['suspendReason'] === null))) &&
      (((typeof value['resumedFrom'] === 'string') && value['resumedFrom'].length <= 7 && local_3.test(value['resumedFrom'])) || ((value['resumedFrom'] === null))) &&
      Array.isArray(value['monthsCoveredThisYear']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string') && value.length <= 7 && local_4.test(value)))) { return false }; return true; })(value['monthsCoveredThisYear']) &&
      (((typeof value['nextDueMonth'] === 'string') && value['nextDueMonth'].length <= 7 && local_5.test(value['nextDueMonth'])) || ((value['nextDueMonth'] === null))) &&
      Object.getOwnPropertyNames(value).length === 18
    )
  }
})() as Check<typeof Schema.RegistrationStatus>

export type RelationshipEnum = Static<typeof Schema.RelationshipEnum>
export const RelationshipEnum = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (((value === 'PARENT')) || ((value === 'SPOUSE')) || ((value === 'CHILD')) || ((value === 'SIBLING')) || ((value === 'OTHER_RELATIVE')))
    )
  }
})() as Check<typeof Schema.RelationshipEnum>

export type ReminderItem = Static<typeof Schema.ReminderItem>
export const ReminderItem = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}-\d{2}$/;
  const local_2 = /^\d{4}-\d{2}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (((value['kind'] === 'NEXT_DUE')) || ((value['kind'] === 'DECLARATION_WINDOW')) || ((value['kind'] === 'AWAITING_PAYMENT')) || ((value['kind'] === 'YEARS_SHORT'))) &&
      (((typeof value['month'] === 'string') && value['month'].length <= 7 && local_0.test(value['month'])) || ((value['month'] === null))) &&
      (((typeof value['from'] === 'string') && value['from'].length <= 10 && local_1.test(value['from'])) || ((value['from'] === null))) &&
      (((typeof value['to'] === 'string') && value['to'].length <= 10 && local_2.test(value['to'])) || ((value['to'] === null))) &&
      (((typeof value['recordId'] === 'string')) || ((value['recordId'] === null))) &&
      (typeof value['title'] === 'string') &&
      (typeof value['text'] === 'string') &&
      Object.getOwnPropertyNames(value).length === 7
    )
  }
})() as Check<typeof Schema.ReminderItem>

export type ReminderList = Static<typeof Schema.ReminderList>
export const ReminderList = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}-\d{2}$/;
  const local_2 = /^\d{4}-\d{2}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['registered'] === 'boolean') &&
      Array.isArray(value['items']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (((value['kind'] === 'NEXT_DUE')) || ((value['kind'] === 'DECLARATION_WINDOW')) || ((value['kind'] === 'AWAITING_PAYMENT')) || ((value['kind'] === 'YEARS_SHORT'))) && (((typeof value['month'] === 'string') && value['month'].length <= 7 && local_0.test(value['month'])) || ((value['month'] === null))) && (((typeof value['from'] === 'string') && value['from'].length <= 10 && local_1.test(value['from'])) || ((value['from'] === null))) && (((typeof value['to'] === 'string') && value['to'].length <= 10 && local_2.test(value['to'])) || ((value['to'] === null))) && (((typeof value['recordId'] === 'string')) || ((value['recordId'] === null))) && (typeof value['title'] === 'string') && (typeof value['text'] === 'string') && Object.getOwnPropertyNames(value).length === 7))) { return false }; return true; })(value['items']) &&
      Array.isArray(value['templateIds']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['templateIds']) &&
      Array.isArray(value['subscribed']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['subscribed']) &&
      Object.getOwnPropertyNames(value).length === 4
    )
  }
})() as Check<typeof Schema.ReminderList>

export type ResumeBody = Static<typeof Schema.ResumeBody>
export const ResumeBody = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['personRef'] !== undefined ? ((typeof value['personRef'] === 'string') && value['personRef'].length <= 64 && local_0.test(value['personRef'])) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['personRef'].includes(key))
    )
  }
})() as Check<typeof Schema.ResumeBody>

export type SimPersonBody = Static<typeof Schema.SimPersonBody>
export const SimPersonBody = /*#__PURE__*/ (function () {
  const local_0 = /^1\d{10}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['name'] === 'string') &&
      value['name'].length <= 30 &&
      value['name'].length >= 1 &&
      (typeof value['idNumber'] === 'string') &&
      value['idNumber'].length <= 18 &&
      value['idNumber'].length >= 18 &&
      (typeof value['mobile'] === 'string') &&
      value['mobile'].length <= 11 &&
      local_0.test(value['mobile']) &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.SimPersonBody>

export type SimPlatformUser = Static<typeof Schema.SimPlatformUser>
export const SimPlatformUser = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['platformUserId'] === 'string') &&
      (typeof value['code'] === 'string') &&
      Object.getOwnPropertyNames(value).length === 2
    )
  }
})() as Check<typeof Schema.SimPlatformUser>

export type SimPlatformUserBody = Static<typeof Schema.SimPlatformUserBody>
export const SimPlatformUserBody = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (((value['channel'] === 'wechat')) || ((value['channel'] === 'alipay'))) &&
      (value['platformUserId'] !== undefined ? ((typeof value['platformUserId'] === 'string') && value['platformUserId'].length <= 64 && local_0.test(value['platformUserId'])) : true) &&
      (value['name'] !== undefined ? ((typeof value['name'] === 'string') && value['name'].length <= 30 && value['name'].length >= 1) : true) &&
      (value['idNumber'] !== undefined ? ((typeof value['idNumber'] === 'string') && value['idNumber'].length <= 18 && value['idNumber'].length >= 18) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['channel', 'platformUserId', 'name', 'idNumber'].includes(key))
    )
  }
})() as Check<typeof Schema.SimPlatformUserBody>

export type SimSmsList = Static<typeof Schema.SimSmsList>
export const SimSmsList = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Array.isArray(value['items']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['at'] === 'string') && (typeof value['phone'] === 'string') && (typeof value['purpose'] === 'string') && (typeof value['text'] === 'string') && (((typeof value['code'] === 'string')) || ((value['code'] === null))) && Object.getOwnPropertyNames(value).length === 5))) { return false }; return true; })(value['items']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.SimSmsList>

export type SimSmsQuery = Static<typeof Schema.SimSmsQuery>
export const SimSmsQuery = /*#__PURE__*/ (function () {
  const local_0 = /^1\d{10}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['phone'] !== undefined ? ((typeof value['phone'] === 'string') && value['phone'].length <= 11 && local_0.test(value['phone'])) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['phone'].includes(key))
    )
  }
})() as Check<typeof Schema.SimSmsQuery>

export type SmsSendBody = Static<typeof Schema.SmsSendBody>
export const SmsSendBody = /*#__PURE__*/ (function () {
  const local_0 = /^1\d{10}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['phone'] === 'string') &&
      value['phone'].length <= 11 &&
      local_0.test(value['phone']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.SmsSendBody>

export type SmsSendResult = Static<typeof Schema.SmsSendResult>
export const SmsSendResult = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['sent'] === true) &&
      Number.isInteger(value['expiresInSeconds']) &&
      (value['devCode'] !== undefined ? ((typeof value['devCode'] === 'string')) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['sent', 'expiresInSeconds', 'devCode'].includes(key))
    )
  }
})() as Check<typeof Schema.SmsSendResult>

export type SmsVerifyBody = Static<typeof Schema.SmsVerifyBody>
export const SmsVerifyBody = /*#__PURE__*/ (function () {
  const local_0 = /^1\d{10}$/;
  const local_1 = /^\d{6}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['phone'] === 'string') &&
      value['phone'].length <= 11 &&
      local_0.test(value['phone']) &&
      (typeof value['code'] === 'string') &&
      value['code'].length <= 6 &&
      local_1.test(value['code']) &&
      Object.getOwnPropertyNames(value).length === 2
    )
  }
})() as Check<typeof Schema.SmsVerifyBody>

export type SubscribeBody = Static<typeof Schema.SubscribeBody>
export const SubscribeBody = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (((value['channel'] === 'weapp')) || ((value['channel'] === 'alipay'))) &&
      Array.isArray(value['results']) &&
      value['results'].length <= 5 &&
      value['results'].length >= 1 &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['templateId'] === 'string') && value['templateId'].length <= 64 && value['templateId'].length >= 1 && local_0.test(value['templateId']) && (((value['status'] === 'accept')) || ((value['status'] === 'reject')) || ((value['status'] === 'ban')) || ((value['status'] === 'filter'))) && Object.getOwnPropertyNames(value).length === 2))) { return false }; return true; })(value['results']) &&
      Object.getOwnPropertyNames(value).length === 2
    )
  }
})() as Check<typeof Schema.SubscribeBody>

export type SubscribeResult = Static<typeof Schema.SubscribeResult>
export const SubscribeResult = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['ok'] === true) &&
      Array.isArray(value['subscribed']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['subscribed']) &&
      Object.getOwnPropertyNames(value).length === 2
    )
  }
})() as Check<typeof Schema.SubscribeResult>

export type SuspendBody = Static<typeof Schema.SuspendBody>
export const SuspendBody = /*#__PURE__*/ (function () {
  const local_0 = /^[A-Za-z0-9_-]+$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['reason'] === 'string') &&
      value['reason'].length <= 32 &&
      (typeof value['stopDate'] === 'string') &&
      value['stopDate'].length <= 10 &&
      (value['personRef'] !== undefined ? ((typeof value['personRef'] === 'string') && value['personRef'].length <= 64 && local_0.test(value['personRef'])) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['reason', 'stopDate', 'personRef'].includes(key))
    )
  }
})() as Check<typeof Schema.SuspendBody>

export type SuspensionCheck = Static<typeof Schema.SuspensionCheck>
export const SuspensionCheck = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['ok'] === true) &&
      (typeof value['suspendedFrom'] === 'string') &&
      value['suspendedFrom'].length <= 7 &&
      local_0.test(value['suspendedFrom']) &&
      Object.getOwnPropertyNames(value).length === 2
    )
  }
})() as Check<typeof Schema.SuspensionCheck>

export type SuspensionOptions = Static<typeof Schema.SuspensionOptions>
export const SuspensionOptions = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Array.isArray(value['reasons']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'string')))) { return false }; return true; })(value['reasons']) &&
      (typeof value['earliestStopDate'] === 'string') &&
      value['earliestStopDate'].length <= 10 &&
      local_0.test(value['earliestStopDate']) &&
      (typeof value['latestStopDate'] === 'string') &&
      value['latestStopDate'].length <= 10 &&
      local_1.test(value['latestStopDate']) &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.SuspensionOptions>

export type TaxAssessment = Static<typeof Schema.TaxAssessment>
export const TaxAssessment = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['id'] === 'string') &&
      (typeof value['region'] === 'string') &&
      (typeof value['ownerMasked'] === 'string') &&
      (typeof value['start'] === 'string') &&
      value['start'].length <= 7 &&
      local_0.test(value['start']) &&
      (typeof value['end'] === 'string') &&
      value['end'].length <= 7 &&
      local_1.test(value['end']) &&
      Number.isInteger(value['months']) &&
      (typeof value['total'] === 'string') &&
      local_2.test(value['total']) &&
      (((value['status'] === 'CREATED')) || ((value['status'] === 'TRANSMITTED')) || ((value['status'] === 'PAID')) || ((value['status'] === 'REVOKED'))) &&
      (typeof value['taxRevoked'] === 'boolean') &&
      (typeof value['createdAt'] === 'string') &&
      Object.getOwnPropertyNames(value).length === 10
    )
  }
})() as Check<typeof Schema.TaxAssessment>

export type TaxAssessmentList = Static<typeof Schema.TaxAssessmentList>
export const TaxAssessmentList = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^-?\d+\.\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Array.isArray(value['items']) &&
      ((array) => { for(const value of array) if(!(((typeof value === 'object' && value !== null && !Array.isArray(value)) && (typeof value['id'] === 'string') && (typeof value['region'] === 'string') && (typeof value['ownerMasked'] === 'string') && (typeof value['start'] === 'string') && value['start'].length <= 7 && local_0.test(value['start']) && (typeof value['end'] === 'string') && value['end'].length <= 7 && local_1.test(value['end']) && Number.isInteger(value['months']) && (typeof value['total'] === 'string') && local_2.test(value['total']) && (((value['status'] === 'CREATED')) || ((value['status'] === 'TRANSMITTED')) || ((value['status'] === 'PAID')) || ((value['status'] === 'REVOKED'))) && (typeof value['taxRevoked'] === 'boolean') && (typeof value['createdAt'] === 'string') && Object.getOwnPropertyNames(value).length === 10))) { return false }; return true; })(value['items']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.TaxAssessmentList>

export type TaxListQuery = Static<typeof Schema.TaxListQuery>
export const TaxListQuery = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['status'] !== undefined ? ((((value['status'] === 'CREATED')) || ((value['status'] === 'TRANSMITTED')) || ((value['status'] === 'PAID')) || ((value['status'] === 'REVOKED')))) : true) &&
      Object.getOwnPropertyNames(value).every(key => ['status'].includes(key))
    )
  }
})() as Check<typeof Schema.TaxListQuery>

export type Tier = Static<typeof Schema.Tier>
export const Tier = /*#__PURE__*/ (function () {
  const local_0 = /^-?\d+\.\d{2}$/;
  const local_1 = /^-?\d+\.\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      Number.isFinite(value['percent']) &&
      (typeof value['baseMonthly'] === 'string') &&
      local_0.test(value['baseMonthly']) &&
      (typeof value['contributionMonthly'] === 'string') &&
      local_1.test(value['contributionMonthly']) &&
      Object.getOwnPropertyNames(value).length === 3
    )
  }
})() as Check<typeof Schema.Tier>

export type VoucherCheck = Static<typeof Schema.VoucherCheck>
export const VoucherCheck = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^\d{4}-\d{2}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (value['valid'] === true) &&
      (typeof value['voucherNo'] === 'string') &&
      (typeof value['nameMasked'] === 'string') &&
      (typeof value['start'] === 'string') &&
      value['start'].length <= 7 &&
      local_0.test(value['start']) &&
      (typeof value['end'] === 'string') &&
      value['end'].length <= 7 &&
      local_1.test(value['end']) &&
      (typeof value['paidDate'] === 'string') &&
      value['paidDate'].length <= 10 &&
      local_2.test(value['paidDate']) &&
      Object.getOwnPropertyNames(value).length === 6
    )
  }
})() as Check<typeof Schema.VoucherCheck>

export type VoucherParams = Static<typeof Schema.VoucherParams>
export const VoucherParams = /*#__PURE__*/ (function () {
  const local_0 = /^PZ[0-9A-Z]{8,22}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['voucherNo'] === 'string') &&
      value['voucherNo'].length <= 24 &&
      local_0.test(value['voucherNo']) &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.VoucherParams>

export type WechatLoginBody = Static<typeof Schema.WechatLoginBody>
export const WechatLoginBody = /*#__PURE__*/ (function () {
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['code'] === 'string') &&
      value['code'].length <= 128 &&
      value['code'].length >= 1 &&
      Object.getOwnPropertyNames(value).length === 1
    )
  }
})() as Check<typeof Schema.WechatLoginBody>

export type YearsResult = Static<typeof Schema.YearsResult>
export const YearsResult = /*#__PURE__*/ (function () {
  const local_0 = /^\d{4}-\d{2}$/;
  const local_1 = /^\d{4}-\d{2}$/;
  const local_2 = /^\d{4}-\d{2}$/;
  return function check(value: any): boolean {
    return (
      (typeof value === 'object' && value !== null && !Array.isArray(value)) &&
      (typeof value['person'] === 'object' && value['person'] !== null && !Array.isArray(value['person'])) &&
      (typeof value['person']['self'] === 'boolean') &&
      (typeof value['person']['nameMasked'] === 'string') &&
      (typeof value['person']['region'] === 'string') &&
      (typeof value['person']['regionName'] === 'string') &&
      (typeof value['person']['inputMode'] === 'string') &&
      Object.getOwnPropertyNames(value['person']).length === 5 &&
      (typeof value['retirementMonth'] === 'string') &&
      value['retirementMonth'].length <= 7 &&
      local_0.test(value['retirementMonth']) &&
      Number.isInteger(value['requiredMonths']) &&
      Number.isInteger(value['countedMonths']) &&
      Number.isInteger(value['paidMonths']) &&
      Number.isInteger(value['assessedMonths']) &&
      Number.isInteger(value['neededMonths']) &&
      (((typeof value['reachMonth'] === 'string') && value['reachMonth'].length <= 7 && local_1.test(value['reachMonth'])) || ((value['reachMonth'] === null))) &&
      (typeof value['reachable'] === 'boolean') &&
      Number.isInteger(value['shortfallAtRetirement']) &&
      (typeof value['nextPayableMonth'] === 'string') &&
      value['nextPayableMonth'].length <= 7 &&
      local_2.test(value['nextPayableMonth']) &&
      Array.isArray(value['options']) &&
      ((array) => { for(const value of array) if(!(((((value === 'EXTEND')) || ((value === 'LUMP_SUM')))))) { return false }; return true; })(value['options']) &&
      Object.getOwnPropertyNames(value).length === 12
    )
  }
})() as Check<typeof Schema.YearsResult>
