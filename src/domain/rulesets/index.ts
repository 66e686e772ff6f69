/**
 * Rule-set catalogue: the reference rule sets of cases.json and the current regional
 * configuration, and `resolveRuleSet(key, overrides)` for the effective rule set of one operation.
 */
import { applyOverrides, parseRuleSet, RuleSetError } from './parse'
import { REFERENCE_RULE_SETS } from './reference'
import { REGION_RULE_SETS } from './regions'
import type { RawRuleSet, RuleSet } from './types'

export * from './types'
export { DEFAULT_RULE_SET, RuleSetError, applyOverrides, parseRuleSet } from './parse'
export { REFERENCE_RULE_SETS, REFERENCE_RULE_SET_DATA } from './reference'
export {
  CONFIG_YEAR,
  REGION_RULE_SETS,
  getRegion,
  listRegions,
  registrationRegionFor,
  type District,
  type Region,
} from './regions'

/** Every compiled-in rule set by key. */
export const RULE_SETS: Readonly<Record<string, RuleSet>> = { ...REFERENCE_RULE_SETS, ...REGION_RULE_SETS }

/**
 * The effective rule set: `catalogue[key]` with `overrides` (a partial of the §11 data shape,
 * e.g. a case's `rule_overrides`) applied. Throws RuleSetError for an unknown key or bad data.
 */
export function resolveRuleSet(
  key: string,
  overrides?: RawRuleSet | null,
  catalogue: Readonly<Record<string, RuleSet>> = RULE_SETS,
): RuleSet {
  const base = catalogue[key]
  if (!base) throw new RuleSetError(key, 'key', 'is not in the catalogue')
  return applyOverrides(base, overrides)
}

/** Builds rule sets from raw §11 data (e.g. cases.json → rule_sets). */
export function ruleSetsFromData(data: Readonly<Record<string, RawRuleSet>>): Record<string, RuleSet> {
  return Object.fromEntries(Object.entries(data).map(([key, raw]) => [key, parseRuleSet(key, raw)]))
}
