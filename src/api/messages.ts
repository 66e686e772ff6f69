/**
 * Chinese messages for failures that happen before or outside the server's answer (NETWORK, TIMEOUT,
 * SERVER, UNAUTHORIZED, BAD_RESPONSE, UNKNOWN), and UNKNOWN for any other code: a refusal comes with the
 * server's own message. The words are the catalogue's (src/domain/app-messages.ts, part of
 * src/domain/messages.ts); only this part of it is loaded with the transport.
 */
import { APP_MESSAGES } from '../domain/app-messages'

export function messageFor(code: string): string {
  return Object.prototype.hasOwnProperty.call(APP_MESSAGES, code)
    ? APP_MESSAGES[code as keyof typeof APP_MESSAGES]
    : APP_MESSAGES.UNKNOWN
}
