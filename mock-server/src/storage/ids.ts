import crypto from 'node:crypto'

/** Opaque random id with a prefix, e.g. newId('acc') → 'acc_3qX…'. */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(12).toString('base64url')}`
}

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex')
}
