/**
 * The server's ONE door to the rules engine (src/domain): every server module (services, plugins,
 * providers, the demo seed) imports the engine from here, never from src/domain directly, so the engine
 * can be swapped or wrapped in one place. Re-exports only; no rules of its own.
 */
export * from '../../src/domain/index'
export { maskId, maskName, maskPhone, maskIdsInText } from '../../src/domain/privacy'
export { dec } from '../../src/domain/money'
// rules the server applies that the app does not need (not in the engine's index)
export {
  checkRegistrationData,
  checkContactCorrection,
  isLocalHukou,
  type RegistrationData,
  type RegistrationDataProblem,
} from '../../src/domain/registration'
export { dueMonths, type Due, type DueInput } from '../../src/domain/due'
export {
  checkSuspendable,
  checkResumable,
  mustSuspendAtCounter,
  suspensionOptions,
  COUNTER_ONLY_REASONS,
  type SuspensionState,
} from '../../src/domain/suspension'
export {
  messageOf,
  hasMessage,
  platformIdentityMissing,
  validationMessage,
  MESSAGE_CODES,
  type MessageCode,
  type ValidationFinding,
} from '../../src/domain/messages'
