/**
 * Drive the simulated tax bureau from the command line (calls the HTTP API):
 *   npx tsx mock-server/src/cli/tax.ts list [STATUS]
 *   npx tsx mock-server/src/cli/tax.ts paid <核定流水号>
 *   npx tsx mock-server/src/cli/tax.ts revoke <核定流水号>
 * Env: API_URL (http://127.0.0.1:3000), ADMIN_TOKEN (printed by the server at start).
 */
const base = process.env.API_URL ?? 'http://127.0.0.1:3000'
const token = process.env.ADMIN_TOKEN ?? ''

async function call(method: string, path: string) {
  const res = await fetch(base + path, { method, headers: { Authorization: `Bearer ${token}` } })
  // the API's JSON as is (a developer tool: fields are printed, not checked)
  const body: any = await res.json()
  if (!res.ok) {
    console.error(`${res.status} ${body.error}: ${body.message}`)
    process.exit(1)
  }
  return body
}

async function main() {
  const [cmd, arg] = process.argv.slice(2)
  if (!token) {
    console.error('Set ADMIN_TOKEN (the server prints it at start).')
    process.exit(2)
  }
  if (cmd === 'list') {
    const { items } = await call('GET', `/api/tax/assessments${arg ? `?status=${encodeURIComponent(arg)}` : ''}`)
    for (const a of items)
      console.log(
        `${a.id}  ${a.ownerMasked}  ${a.start}~${a.end}  ¥${a.total}  ${a.status}${a.taxRevoked ? ' (tax revoked)' : ''}`,
      )
  } else if ((cmd === 'paid' || cmd === 'revoke') && arg) {
    const a = await call(
      'POST',
      `/api/tax/assessments/${encodeURIComponent(arg)}/${cmd === 'paid' ? 'paid' : 'tax-revoke'}`,
    )
    console.log(`${a.id} → ${a.status}${a.taxRevoked ? ' (tax revoked)' : ''}`)
  } else {
    console.error('usage: tax.ts list [STATUS] | paid <id> | revoke <id>')
    process.exit(2)
  }
}

main().catch((e) => {
  console.error(String(e))
  process.exit(1)
})
