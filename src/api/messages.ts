/**
 * Chinese messages for failures that happen before or outside the server's answer (NETWORK, TIMEOUT,
 * SERVER, UNAUTHORIZED, BAD_RESPONSE, UNKNOWN), and for any code without a message of its own. The words
 * are the catalogue's (src/domain/messages.ts); rule refusals come with the server's message.
 */
import { messageOf } from '../domain/messages'

export function messageFor(code: string): string {
  return messageOf(code) ?? (messageOf('UNKNOWN') as string)
}
