/**
 * The server's ONE door to the rules engine (src/domain): every server module (services, plugins,
 * providers, the demo seed) imports the engine from here, never from src/domain directly, so the engine
 * can be swapped or wrapped in one place. Re-exports only; no rules of its own.
 */
export * from '../../src/domain/index'
export { maskId, maskName, maskPhone, maskIdsInText } from '../../src/domain/privacy'
export { dec } from '../../src/domain/money'
export {
  messageOf,
  hasMessage,
  platformIdentityMissing,
  validationMessage,
  MESSAGE_CODES,
  type MessageCode,
  type ValidationFinding,
} from '../../src/domain/messages'
