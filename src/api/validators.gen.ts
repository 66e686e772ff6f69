// Generated from src/api/schema.ts by config/validators.ts. Do not edit: `npm run gen:validators` rewrites
// it, and every build and `npm test` run that first. Each export is the answer check of the schema of the
// same name (built from src/api/check.ts), and the type of its value.
import type { Static } from '@sinclair/typebox'
import type * as Schema from './schema'
import { any, arr, bool, int, lit, num, obj, or, rec, str, type Check } from './check'

const c0 = /*#__PURE__*/ str()
const c1 = /*#__PURE__*/ lit("wechat", "alipay", "h5")
const c2 = /*#__PURE__*/ lit("M", "F")
const r0 = /*#__PURE__*/ new RegExp("^\\d{4}-\\d{2}-\\d{2}$")
const c3 = /*#__PURE__*/ str(undefined, 10, r0)
const c4 = /*#__PURE__*/ obj({ "name": c0, "idNumberMasked": c0, "sex": c2, "birthDate": c3 }, null, true)
const c5 = /*#__PURE__*/ lit(null)
const c6 = /*#__PURE__*/ or(c4, c5)
const c7 = /*#__PURE__*/ obj({ "id": c0, "channel": c1, "channelUser": c0, "identity": c6, "registered": bool, "boundPeople": int }, null, true)
const c8 = /*#__PURE__*/ obj({ "at": c0, "action": c0, "entity": c0, "entityId": c0, "actor": c0, "byAgent": bool, "before": any, "after": any }, null, true)
const c9 = /*#__PURE__*/ arr(c8)
const c10 = /*#__PURE__*/ obj({ "items": c9 }, null, true)
const c11 = /*#__PURE__*/ str(1, 30)
const c12 = /*#__PURE__*/ str(1, 32)
const c13 = /*#__PURE__*/ lit("PARENT", "SPOUSE", "CHILD", "SIBLING", "OTHER_RELATIVE")
const c14 = /*#__PURE__*/ obj({ "name": c11, "idNumber": c12, "relationship": c13 }, null, true)
const c15 = /*#__PURE__*/ str(1, 128)
const c16 = /*#__PURE__*/ obj({ "authCode": c15 }, null, true)
const c17 = /*#__PURE__*/ str(undefined, 7)
const c18 = /*#__PURE__*/ str(undefined, 32)
const c19 = /*#__PURE__*/ lit("monthly", "quarterly", "yearly")
const r1 = /*#__PURE__*/ new RegExp("^[A-Za-z0-9_-]+$")
const c20 = /*#__PURE__*/ str(undefined, 64, r1)
const c21 = /*#__PURE__*/ obj({ "start": c17, "end": c17, "base": c18 }, { "frequency": c19, "personRef": c20 }, true)
const c22 = /*#__PURE__*/ or(c0, c5)
const c23 = /*#__PURE__*/ obj({ "self": bool, "personRef": c22, "nameMasked": c0, "idNumberMasked": c0 }, null, true)
const c24 = /*#__PURE__*/ obj({ "self": bool, "byAgent": bool, "label": c0 }, null, true)
const r2 = /*#__PURE__*/ new RegExp("^\\d{4}-\\d{2}$")
const c25 = /*#__PURE__*/ str(undefined, 7, r2)
const r3 = /*#__PURE__*/ new RegExp("^-?\\d+\\.\\d{2}$")
const c26 = /*#__PURE__*/ str(undefined, undefined, r3)
const c27 = /*#__PURE__*/ arr(c0)
const c28 = /*#__PURE__*/ lit("CREATED", "TRANSMITTED", "PAID", "REVOKED")
const c29 = /*#__PURE__*/ obj({ "id": c0, "owner": c23, "operator": c24, "region": c0, "start": c25, "end": c25, "months": int, "frequency": c22, "baseInput": c0, "baseKind": c0, "baseMonthly": c26, "baseTotal": c26, "contributionMonthly": c26, "accountMonthly": c26, "pooledMonthly": c26, "total": c26, "monthKinds": c27, "provisional": bool, "truncatedToRetirement": bool, "status": c28, "taxRevoked": bool, "createdAt": c0, "transmittedAt": c22, "paidAt": c22, "taxRevokedAt": c22, "revokedAt": c22 }, null, true)
const c30 = /*#__PURE__*/ str(undefined, 40, r1)
const c31 = /*#__PURE__*/ obj({ "id": c30 }, null, true)
const c32 = /*#__PURE__*/ arr(c29)
const c33 = /*#__PURE__*/ obj({ "items": c32 }, null, true)
const c34 = /*#__PURE__*/ obj({  }, { "personRef": c20, "status": c28 }, true)
const c35 = /*#__PURE__*/ or(c25, c5)
const c36 = /*#__PURE__*/ obj({ "region": c22, "status": c22, "retirementMonth": c35 }, null, true)
const c37 = /*#__PURE__*/ obj({ "ref": c0, "nameMasked": c0, "idNumberMasked": c0, "registration": c36, "addedAt": c0, "relationship": c22, "scope": c27, "expiresAt": c0, "approvedVia": c22 }, null, true)
const c38 = /*#__PURE__*/ arr(c37)
const c39 = /*#__PURE__*/ obj({ "items": c38 }, null, true)
const c40 = /*#__PURE__*/ obj({ "self": bool, "nameMasked": c0, "region": c0, "regionName": c0, "inputMode": c0 }, null, true)
const c41 = /*#__PURE__*/ obj({ "todayMonth": c25, "retirementMonth": c25, "retirementAgeYears": int, "retirementAgeMonths": int, "countedMonths": int, "paidMonths": int, "assessedMonths": int, "paidSoFar": c26, "futureMonths": int, "futureFrom": c35, "futureUntil": c35, "defaultBase": c0, "pensionBaseDefault": c26, "avgMonthly": c26, "parametersYear": int, "provisional": bool }, null, true)
const c42 = /*#__PURE__*/ or(num, c5)
const c43 = /*#__PURE__*/ lit("data", "chosen", "default")
const c44 = /*#__PURE__*/ obj({ "key": c0, "value": c0, "source": c43 }, null, true)
const c45 = /*#__PURE__*/ arr(c44)
const c46 = /*#__PURE__*/ obj({ "basic": c26, "personalAccount": c26, "total": c26, "divisor": num, "monthsPaid": int, "monthsFuture": int, "monthsTotal": int, "years": c0, "avgIndex": c0, "account": c26, "futureMonthly": c26, "assumptions": c45 }, null, true)
const c47 = /*#__PURE__*/ obj({ "input": c0, "kind": c0, "percent": c42, "base": c26, "monthly": c26, "accountMonthly": c26, "explanation": c0, "costUntilRetirement": c26, "paybackYears": c22, "estimate": c46 }, null, true)
const c48 = /*#__PURE__*/ arr(c47)
const c49 = /*#__PURE__*/ obj({ "person": c40, "context": c41, "rows": c48 }, null, true)
const r4 = /*#__PURE__*/ new RegExp("^\\d{6}$")
const c50 = /*#__PURE__*/ str(undefined, 6, r4)
const c51 = /*#__PURE__*/ obj({ "code": c50 }, null, true)
const c52 = /*#__PURE__*/ str(undefined, 300)
const c53 = /*#__PURE__*/ obj({  }, { "mobile": c18, "mobileFromLogin": bool, "address": c52, "personRef": c20 }, true)
const c54 = /*#__PURE__*/ lit("注销")
const c55 = /*#__PURE__*/ obj({ "confirm": c54 }, null, true)
const c56 = /*#__PURE__*/ lit(true)
const c57 = /*#__PURE__*/ obj({ "ok": c56, "deletedAt": c0, "agencyRecordsKept": bool }, null, true)
const c58 = /*#__PURE__*/ obj({  }, null, true)
const c59 = /*#__PURE__*/ lit(false)
const r5 = /*#__PURE__*/ new RegExp("^(.*)$")
const c60 = /*#__PURE__*/ rec(any, r5, false)
const c61 = /*#__PURE__*/ obj({ "code": c0, "message": c0, "detail": c60 }, null, true)
const c62 = /*#__PURE__*/ arr(c61)
const c63 = /*#__PURE__*/ obj({ "ok": c59, "error": c0, "message": c0, "detail": c60, "errors": c62 }, null, true)
const c64 = /*#__PURE__*/ obj({ "input": c0, "kind": c0, "base": c26, "monthly": c26, "explanation": c0 }, null, true)
const c65 = /*#__PURE__*/ obj({ "basic": c0, "account": c0, "years": c0 }, null, true)
const c66 = /*#__PURE__*/ obj({ "person": c40, "context": c41, "base": c64, "estimate": c46, "explanation": c65 }, null, true)
const c67 = /*#__PURE__*/ lit("ok")
const c68 = /*#__PURE__*/ obj({ "status": c67, "service": c0, "version": c0, "today": c3, "database": c0 }, null, true)
const c69 = /*#__PURE__*/ obj({ "start": c25, "end": c25 }, null, true)
const c70 = /*#__PURE__*/ or(c69, c5)
const c71 = /*#__PURE__*/ obj({ "start": c25, "end": c25, "months": int, "payable": c70 }, null, true)
const c72 = /*#__PURE__*/ arr(c71)
const c73 = /*#__PURE__*/ obj({ "year": int, "paidMonths": int, "assessedMonths": int, "paidAmount": c26, "assessedAmount": c26, "gaps": c72 }, null, true)
const c74 = /*#__PURE__*/ arr(c73)
const c75 = /*#__PURE__*/ obj({ "person": c40, "years": c74, "gaps": c72, "paidMonths": int, "assessedMonths": int }, null, true)
const c76 = /*#__PURE__*/ obj({ "ref": c0, "agent": c0, "relationship": c0, "scope": c27, "createdAt": c0, "expiresAt": c0 }, null, true)
const c77 = /*#__PURE__*/ arr(c76)
const c78 = /*#__PURE__*/ obj({ "items": c77 }, null, true)
const c79 = /*#__PURE__*/ str(undefined, 8)
const c80 = /*#__PURE__*/ str(undefined, 16)
const c81 = /*#__PURE__*/ obj({  }, { "personRef": c20, "base": c18, "interestRate": c79, "pensionBase": c80, "openingBalance": c80, "declaredWage": c80 }, true)
const c82 = /*#__PURE__*/ obj({ "token": c0, "expiresAt": c0, "account": c7 }, null, true)
const c83 = /*#__PURE__*/ obj({ "id": int, "at": c0, "kind": c0, "actor": c0, "title": c0, "body": c0, "entityId": c22 }, null, true)
const c84 = /*#__PURE__*/ arr(c83)
const c85 = /*#__PURE__*/ obj({ "items": c84 }, null, true)
const r6 = /*#__PURE__*/ new RegExp("^1\\d{10}$")
const c86 = /*#__PURE__*/ str(undefined, 11, r6)
const c87 = /*#__PURE__*/ obj({ "name": c11, "idNumber": c12, "mobile": c86 }, null, true)
const c88 = /*#__PURE__*/ obj({ "checkId": c0, "mobileMasked": c0, "expiresInSeconds": int, "resendInSeconds": int }, null, true)
const c89 = /*#__PURE__*/ obj({ "checkId": c20, "code": c50 }, null, true)
const c90 = /*#__PURE__*/ obj({ "ref": c0, "agent": c0, "relationship": c22, "scope": c27, "since": c0, "expiresAt": c0, "approvedVia": c22 }, null, true)
const c91 = /*#__PURE__*/ arr(c90)
const c92 = /*#__PURE__*/ obj({ "items": c91 }, null, true)
const c93 = /*#__PURE__*/ obj({ "ok": c56 }, null, true)
const c94 = /*#__PURE__*/ obj({ "assessmentId": c0, "voucherNo": c0, "nameMasked": c0, "idNumberMasked": c0, "region": c0, "regionName": c0, "start": c25, "end": c25, "months": int, "baseMonthly": c26, "total": c26, "paidAt": c0, "paidDate": c3, "payee": c0, "cashierTransactionId": c0 }, null, true)
const c95 = /*#__PURE__*/ obj({ "assessment": c29, "receipt": c94 }, null, true)
const c96 = /*#__PURE__*/ obj({  }, { "personRef": c20 }, true)
const c97 = /*#__PURE__*/ obj({ "authorise": c56 }, null, true)
const c98 = /*#__PURE__*/ obj({ "available": bool, "nameMasked": c22, "idNumberMasked": c22 }, null, true)
const c99 = /*#__PURE__*/ lit("PENDING", "APPROVED", "DECLINED", "CANCELLED", "EXPIRED")
const c100 = /*#__PURE__*/ obj({ "ref": c0, "nameMasked": c0, "relationship": c0, "status": c99, "createdAt": c0, "expiresAt": c0, "mobileOnFile": bool, "mobileMasked": c22, "smsSentAt": c22, "resendInSeconds": int, "attemptsLeft": int, "bindingRef": c22 }, null, true)
const c101 = /*#__PURE__*/ arr(c100)
const c102 = /*#__PURE__*/ obj({ "items": c101 }, null, true)
const c103 = /*#__PURE__*/ obj({ "month": c25, "kind": c0 }, null, true)
const c104 = /*#__PURE__*/ arr(c103)
const c105 = /*#__PURE__*/ obj({ "lower": c0, "upper": c0, "published": bool, "status": c0 }, null, true)
const c106 = /*#__PURE__*/ obj({ "months": int, "start": c25, "end": c25, "requestedEnd": c25, "baseMonthly": c26, "baseTotal": c26, "contributionMonthly": c26, "accountMonthly": c26, "pooledMonthly": c26, "total": c26, "baseKind": c0, "monthKinds": c27, "breakdown": c104, "provisional": bool, "truncatedToRetirement": bool, "assessmentYear": int, "parametersYear": int, "yearKind": c0, "rate": c0, "accountRate": c0, "limits": c105, "retirementMonth": c22, "explanation": c0, "periodText": c0 }, null, true)
const c107 = /*#__PURE__*/ obj({ "ref": c20 }, null, true)
const c108 = /*#__PURE__*/ obj({ "code": c0, "name": c0 }, null, true)
const c109 = /*#__PURE__*/ arr(c108)
const c110 = /*#__PURE__*/ lit("ningxia", "tier", "amount")
const c111 = /*#__PURE__*/ lit("calendar", "si_july")
const c112 = /*#__PURE__*/ obj({ "lower": c26, "upper": c26, "status": c0 }, null, true)
const c113 = /*#__PURE__*/ or(c112, c5)
const c114 = /*#__PURE__*/ obj({ "percent": num, "baseMonthly": c26, "contributionMonthly": c26 }, null, true)
const c115 = /*#__PURE__*/ arr(c114)
const c116 = /*#__PURE__*/ obj({ "earliest": c35, "latest": c35 }, null, true)
const c117 = /*#__PURE__*/ obj({ "fromDayPrev": int, "toDay": int }, null, true)
const c118 = /*#__PURE__*/ or(c117, c5)
const c119 = /*#__PURE__*/ obj({ "from": c0, "to": c0 }, null, true)
const c120 = /*#__PURE__*/ or(c119, c5)
const c121 = /*#__PURE__*/ obj({ "code": c0, "name": c0, "districts": c109, "inputMode": c110, "yearKind": c111, "assessmentYear": int, "band": c113, "tiers": c115, "rate": c0, "accountRate": c0, "allowedMonths": c116, "declarationWindow": c118, "freeze": c120, "frozenToday": bool, "frequencyOptions": c27, "reregister": c0, "provisional": bool, "provisionalNotice": c22 }, null, true)
const c122 = /*#__PURE__*/ arr(c121)
const c123 = /*#__PURE__*/ obj({ "today": c3, "regions": c122 }, null, true)
const c124 = /*#__PURE__*/ str(undefined, 64)
const c125 = /*#__PURE__*/ obj({ "region": c18, "category": c124 }, { "district": c18, "employeeInsuranceStatus": c18, "subsidyDistrict": c18, "postType": c80, "localHukou": bool, "ethnicity": c80, "address": c52, "mobile": c18, "mobileFromLogin": bool, "hukouType": c80 }, true)
const c126 = /*#__PURE__*/ lit("REGISTERED", "REGION_CHANGED")
const c127 = /*#__PURE__*/ lit("ACTIVE", "SUSPENDED")
const c128 = /*#__PURE__*/ or(c127, c5)
const c129 = /*#__PURE__*/ or(c3, c5)
const c130 = /*#__PURE__*/ arr(c25)
const c131 = /*#__PURE__*/ obj({ "registered": bool, "region": c22, "regionName": c22, "district": c22, "category": c22, "ethnicity": c22, "hukouType": c22, "mobileMasked": c22, "address": c22, "status": c128, "workStartDate": c129, "retirementCategory": c22, "retirementMonth": c35, "suspendedFrom": c35, "suspendReason": c22, "resumedFrom": c35, "monthsCoveredThisYear": c130, "nextDueMonth": c35 }, null, true)
const c132 = /*#__PURE__*/ obj({ "action": c126, "registration": c131 }, null, true)
const c133 = /*#__PURE__*/ lit("NEXT_DUE", "DECLARATION_WINDOW", "AWAITING_PAYMENT", "YEARS_SHORT")
const c134 = /*#__PURE__*/ obj({ "kind": c133, "month": c35, "from": c129, "to": c129, "recordId": c22, "title": c0, "text": c0 }, null, true)
const c135 = /*#__PURE__*/ arr(c134)
const c136 = /*#__PURE__*/ obj({ "registered": bool, "items": c135, "templateIds": c27, "subscribed": c27 }, null, true)
const c137 = /*#__PURE__*/ str(18, 18)
const c138 = /*#__PURE__*/ obj({ "name": c11, "idNumber": c137, "mobile": c86 }, null, true)
const c139 = /*#__PURE__*/ obj({ "platformUserId": c0, "code": c0 }, null, true)
const c140 = /*#__PURE__*/ lit("wechat", "alipay")
const c141 = /*#__PURE__*/ obj({ "channel": c140 }, { "platformUserId": c20, "name": c11, "idNumber": c137 }, true)
const c142 = /*#__PURE__*/ obj({ "at": c0, "phone": c0, "purpose": c0, "text": c0, "code": c22 }, null, true)
const c143 = /*#__PURE__*/ arr(c142)
const c144 = /*#__PURE__*/ obj({ "items": c143 }, null, true)
const c145 = /*#__PURE__*/ obj({  }, { "phone": c86 }, true)
const c146 = /*#__PURE__*/ obj({ "phone": c86 }, null, true)
const c147 = /*#__PURE__*/ obj({ "sent": c56, "expiresInSeconds": int }, { "devCode": c0 }, true)
const c148 = /*#__PURE__*/ obj({ "phone": c86, "code": c50 }, null, true)
const c149 = /*#__PURE__*/ lit("weapp", "alipay")
const c150 = /*#__PURE__*/ str(1, 64, r1)
const c151 = /*#__PURE__*/ lit("accept", "reject", "ban", "filter")
const c152 = /*#__PURE__*/ obj({ "templateId": c150, "status": c151 }, null, true)
const c153 = /*#__PURE__*/ arr(c152, 1, 5)
const c154 = /*#__PURE__*/ obj({ "channel": c149, "results": c153 }, null, true)
const c155 = /*#__PURE__*/ obj({ "ok": c56, "subscribed": c27 }, null, true)
const c156 = /*#__PURE__*/ str(undefined, 10)
const c157 = /*#__PURE__*/ obj({ "reason": c18, "stopDate": c156 }, { "personRef": c20 }, true)
const c158 = /*#__PURE__*/ obj({ "ok": c56, "suspendedFrom": c25 }, null, true)
const c159 = /*#__PURE__*/ obj({ "reasons": c27, "earliestStopDate": c3, "latestStopDate": c3 }, null, true)
const c160 = /*#__PURE__*/ obj({ "id": c0, "region": c0, "ownerMasked": c0, "start": c25, "end": c25, "months": int, "total": c26, "status": c28, "taxRevoked": bool, "createdAt": c0 }, null, true)
const c161 = /*#__PURE__*/ arr(c160)
const c162 = /*#__PURE__*/ obj({ "items": c161 }, null, true)
const c163 = /*#__PURE__*/ obj({  }, { "status": c28 }, true)
const c164 = /*#__PURE__*/ obj({ "valid": c56, "voucherNo": c0, "nameMasked": c0, "start": c25, "end": c25, "paidDate": c3 }, null, true)
const r7 = /*#__PURE__*/ new RegExp("^PZ[0-9A-Z]{8,22}$")
const c165 = /*#__PURE__*/ str(undefined, 24, r7)
const c166 = /*#__PURE__*/ obj({ "voucherNo": c165 }, null, true)
const c167 = /*#__PURE__*/ obj({ "code": c15 }, null, true)
const c168 = /*#__PURE__*/ lit("EXTEND", "LUMP_SUM")
const c169 = /*#__PURE__*/ arr(c168)
const c170 = /*#__PURE__*/ obj({ "person": c40, "retirementMonth": c25, "requiredMonths": int, "countedMonths": int, "paidMonths": int, "assessedMonths": int, "neededMonths": int, "reachMonth": c35, "reachable": bool, "shortfallAtRetirement": int, "nextPayableMonth": c25, "options": c169 }, null, true)

export type Account = Static<typeof Schema.Account>
export const Account: Check<Account> = c7

export type ActivityItem = Static<typeof Schema.ActivityItem>
export const ActivityItem: Check<ActivityItem> = c8

export type ActivityList = Static<typeof Schema.ActivityList>
export const ActivityList: Check<ActivityList> = c10

export type AddPersonBody = Static<typeof Schema.AddPersonBody>
export const AddPersonBody: Check<AddPersonBody> = c14

export type AlipayLoginBody = Static<typeof Schema.AlipayLoginBody>
export const AlipayLoginBody: Check<AlipayLoginBody> = c16

export type AssessBody = Static<typeof Schema.AssessBody>
export const AssessBody: Check<AssessBody> = c21

export type Assessment = Static<typeof Schema.Assessment>
export const Assessment: Check<Assessment> = c29

export type AssessmentIdParams = Static<typeof Schema.AssessmentIdParams>
export const AssessmentIdParams: Check<AssessmentIdParams> = c31

export type AssessmentList = Static<typeof Schema.AssessmentList>
export const AssessmentList: Check<AssessmentList> = c33

export type AssessmentListQuery = Static<typeof Schema.AssessmentListQuery>
export const AssessmentListQuery: Check<AssessmentListQuery> = c34

export type AssessmentStatusEnum = Static<typeof Schema.AssessmentStatusEnum>
export const AssessmentStatusEnum: Check<AssessmentStatusEnum> = c28

export type BoundPerson = Static<typeof Schema.BoundPerson>
export const BoundPerson: Check<BoundPerson> = c37

export type BoundPersonList = Static<typeof Schema.BoundPersonList>
export const BoundPersonList: Check<BoundPersonList> = c39

export type ComparisonResult = Static<typeof Schema.ComparisonResult>
export const ComparisonResult: Check<ComparisonResult> = c49

export type ComparisonRow = Static<typeof Schema.ComparisonRow>
export const ComparisonRow: Check<ComparisonRow> = c47

export type ConsentCodeBody = Static<typeof Schema.ConsentCodeBody>
export const ConsentCodeBody: Check<ConsentCodeBody> = c51

export type ContactBody = Static<typeof Schema.ContactBody>
export const ContactBody: Check<ContactBody> = c53

export type DeleteAccountBody = Static<typeof Schema.DeleteAccountBody>
export const DeleteAccountBody: Check<DeleteAccountBody> = c55

export type DeleteAccountResult = Static<typeof Schema.DeleteAccountResult>
export const DeleteAccountResult: Check<DeleteAccountResult> = c57

export type EmptyBody = Static<typeof Schema.EmptyBody>
export const EmptyBody: Check<EmptyBody> = c58

export type ErrorBody = Static<typeof Schema.ErrorBody>
export const ErrorBody: Check<ErrorBody> = c63

export type EstimateAssumption = Static<typeof Schema.EstimateAssumption>
export const EstimateAssumption: Check<EstimateAssumption> = c44

export type EstimateResult = Static<typeof Schema.EstimateResult>
export const EstimateResult: Check<EstimateResult> = c66

export type Health = Static<typeof Schema.Health>
export const Health: Check<Health> = c68

export type HistoryGap = Static<typeof Schema.HistoryGap>
export const HistoryGap: Check<HistoryGap> = c71

export type HistoryResult = Static<typeof Schema.HistoryResult>
export const HistoryResult: Check<HistoryResult> = c75

export type Identity = Static<typeof Schema.Identity>
export const Identity: Check<Identity> = c4

export type IncomingRequest = Static<typeof Schema.IncomingRequest>
export const IncomingRequest: Check<IncomingRequest> = c76

export type IncomingRequestList = Static<typeof Schema.IncomingRequestList>
export const IncomingRequestList: Check<IncomingRequestList> = c78

export type InsightsContext = Static<typeof Schema.InsightsContext>
export const InsightsContext: Check<InsightsContext> = c41

export type InsightsPerson = Static<typeof Schema.InsightsPerson>
export const InsightsPerson: Check<InsightsPerson> = c40

export type InsightsQuery = Static<typeof Schema.InsightsQuery>
export const InsightsQuery: Check<InsightsQuery> = c81

export type LoginResult = Static<typeof Schema.LoginResult>
export const LoginResult: Check<LoginResult> = c82

export type Message = Static<typeof Schema.Message>
export const Message: Check<Message> = c83

export type MessageList = Static<typeof Schema.MessageList>
export const MessageList: Check<MessageList> = c85

export type MobileCheckBody = Static<typeof Schema.MobileCheckBody>
export const MobileCheckBody: Check<MobileCheckBody> = c87

export type MobileCheckStarted = Static<typeof Schema.MobileCheckStarted>
export const MobileCheckStarted: Check<MobileCheckStarted> = c88

export type MobileConfirmBody = Static<typeof Schema.MobileConfirmBody>
export const MobileConfirmBody: Check<MobileConfirmBody> = c89

export type MyAgent = Static<typeof Schema.MyAgent>
export const MyAgent: Check<MyAgent> = c90

export type MyAgentList = Static<typeof Schema.MyAgentList>
export const MyAgentList: Check<MyAgentList> = c92

export type OkBody = Static<typeof Schema.OkBody>
export const OkBody: Check<OkBody> = c93

export type PayResult = Static<typeof Schema.PayResult>
export const PayResult: Check<PayResult> = c95

export type PersonEstimateFigures = Static<typeof Schema.PersonEstimateFigures>
export const PersonEstimateFigures: Check<PersonEstimateFigures> = c46

export type PersonRef = Static<typeof Schema.PersonRef>
export const PersonRef: Check<PersonRef> = c20

export type PersonRefQuery = Static<typeof Schema.PersonRefQuery>
export const PersonRefQuery: Check<PersonRefQuery> = c96

export type PlatformIdentityBody = Static<typeof Schema.PlatformIdentityBody>
export const PlatformIdentityBody: Check<PlatformIdentityBody> = c97

export type PlatformIdentityPreview = Static<typeof Schema.PlatformIdentityPreview>
export const PlatformIdentityPreview: Check<PlatformIdentityPreview> = c98

export type Problem = Static<typeof Schema.Problem>
export const Problem: Check<Problem> = c61

export type ProxyRequest = Static<typeof Schema.ProxyRequest>
export const ProxyRequest: Check<ProxyRequest> = c100

export type ProxyRequestList = Static<typeof Schema.ProxyRequestList>
export const ProxyRequestList: Check<ProxyRequestList> = c102

export type Quote = Static<typeof Schema.Quote>
export const Quote: Check<Quote> = c106

export type Receipt = Static<typeof Schema.Receipt>
export const Receipt: Check<Receipt> = c94

export type RefParams = Static<typeof Schema.RefParams>
export const RefParams: Check<RefParams> = c107

export type Region = Static<typeof Schema.Region>
export const Region: Check<Region> = c121

export type RegionList = Static<typeof Schema.RegionList>
export const RegionList: Check<RegionList> = c123

export type RegisterBody = Static<typeof Schema.RegisterBody>
export const RegisterBody: Check<RegisterBody> = c125

export type RegisterResult = Static<typeof Schema.RegisterResult>
export const RegisterResult: Check<RegisterResult> = c132

export type RegistrationStatus = Static<typeof Schema.RegistrationStatus>
export const RegistrationStatus: Check<RegistrationStatus> = c131

export type RelationshipEnum = Static<typeof Schema.RelationshipEnum>
export const RelationshipEnum: Check<RelationshipEnum> = c13

export type ReminderItem = Static<typeof Schema.ReminderItem>
export const ReminderItem: Check<ReminderItem> = c134

export type ReminderList = Static<typeof Schema.ReminderList>
export const ReminderList: Check<ReminderList> = c136

export type ResumeBody = Static<typeof Schema.ResumeBody>
export const ResumeBody: Check<ResumeBody> = c96

export type SimPersonBody = Static<typeof Schema.SimPersonBody>
export const SimPersonBody: Check<SimPersonBody> = c138

export type SimPlatformUser = Static<typeof Schema.SimPlatformUser>
export const SimPlatformUser: Check<SimPlatformUser> = c139

export type SimPlatformUserBody = Static<typeof Schema.SimPlatformUserBody>
export const SimPlatformUserBody: Check<SimPlatformUserBody> = c141

export type SimSmsList = Static<typeof Schema.SimSmsList>
export const SimSmsList: Check<SimSmsList> = c144

export type SimSmsQuery = Static<typeof Schema.SimSmsQuery>
export const SimSmsQuery: Check<SimSmsQuery> = c145

export type SmsSendBody = Static<typeof Schema.SmsSendBody>
export const SmsSendBody: Check<SmsSendBody> = c146

export type SmsSendResult = Static<typeof Schema.SmsSendResult>
export const SmsSendResult: Check<SmsSendResult> = c147

export type SmsVerifyBody = Static<typeof Schema.SmsVerifyBody>
export const SmsVerifyBody: Check<SmsVerifyBody> = c148

export type SubscribeBody = Static<typeof Schema.SubscribeBody>
export const SubscribeBody: Check<SubscribeBody> = c154

export type SubscribeResult = Static<typeof Schema.SubscribeResult>
export const SubscribeResult: Check<SubscribeResult> = c155

export type SuspendBody = Static<typeof Schema.SuspendBody>
export const SuspendBody: Check<SuspendBody> = c157

export type SuspensionCheck = Static<typeof Schema.SuspensionCheck>
export const SuspensionCheck: Check<SuspensionCheck> = c158

export type SuspensionOptions = Static<typeof Schema.SuspensionOptions>
export const SuspensionOptions: Check<SuspensionOptions> = c159

export type TaxAssessment = Static<typeof Schema.TaxAssessment>
export const TaxAssessment: Check<TaxAssessment> = c160

export type TaxAssessmentList = Static<typeof Schema.TaxAssessmentList>
export const TaxAssessmentList: Check<TaxAssessmentList> = c162

export type TaxListQuery = Static<typeof Schema.TaxListQuery>
export const TaxListQuery: Check<TaxListQuery> = c163

export type Tier = Static<typeof Schema.Tier>
export const Tier: Check<Tier> = c114

export type VoucherCheck = Static<typeof Schema.VoucherCheck>
export const VoucherCheck: Check<VoucherCheck> = c164

export type VoucherParams = Static<typeof Schema.VoucherParams>
export const VoucherParams: Check<VoucherParams> = c166

export type WechatLoginBody = Static<typeof Schema.WechatLoginBody>
export const WechatLoginBody: Check<WechatLoginBody> = c167

export type YearsResult = Static<typeof Schema.YearsResult>
export const YearsResult: Check<YearsResult> = c170
