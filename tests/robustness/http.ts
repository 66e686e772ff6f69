/** A tiny JSON client over real HTTP (loopback) for the robustness tests. */
export interface Answer {
  status: number
  body: any
  headers: Headers
}

export function client(base: string) {
  return async function call(
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; key?: string } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = {}
    if (opts.token) headers.authorization = `Bearer ${opts.token}`
    if (opts.key) headers['idempotency-key'] = opts.key
    if (opts.body !== undefined) headers['content-type'] = 'application/json'
    const res = await fetch(base + path, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    })
    const text = await res.text()
    let body: any = text
    try {
      body = JSON.parse(text)
    } catch {}
    return { status: res.status, body, headers: res.headers }
  }
}

export type Call = ReturnType<typeof client>

/**
 * Signs in over HTTP as a simulated WeChat user whose platform real name is `name` + `idNumber` (the
 * simulated platform issues the code, ADMIN_TOKEN `admin`), binds that identity and (optionally) registers
 * in Ningxia; returns the token.
 */
export async function signUp(
  call: Call,
  code: string,
  name: string,
  idNumber: string,
  register = true,
  admin = 'test-admin-token-0123456789',
) {
  const user = await call('POST', '/api/sim/platform/users', {
    token: admin,
    body: { channel: 'wechat', platformUserId: `wx_t_${code}`, name, idNumber },
  })
  if (user.status !== 200) throw new Error(`platform user: ${JSON.stringify(user.body)}`)
  const login = await call('POST', '/api/auth/wechat', { body: { code: user.body.code } })
  if (login.status !== 200) throw new Error(`login: ${JSON.stringify(login.body)}`)
  const token: string = login.body.token
  const bind = await call('POST', '/api/me/identity/platform', { token, body: { authorise: true } })
  if (bind.status !== 200) throw new Error(`identity: ${JSON.stringify(bind.body)}`)
  if (register) {
    const reg = await call('POST', '/api/registration', {
      token,
      body: {
        region: '640000',
        district: '640104',
        category: 'OTHER_FLEXIBLE',
        ethnicity: '汉族',
        address: '宁夏银川市兴庆区解放东街1号',
        mobile: '13900000000',
      },
    })
    if (reg.status !== 201) throw new Error(`registration: ${JSON.stringify(reg.body)}`)
  }
  return token
}

/** The agent asks, the person approves in their own account; returns the agent's personRef. */
export async function bindAgent(call: Call, agent: string, person: string, name: string, idNumber: string) {
  const asked = await call('POST', '/api/agents/people', {
    token: agent,
    body: { name, idNumber, relationship: 'PARENT' },
  })
  if (asked.status !== 201) throw new Error(`ask: ${JSON.stringify(asked.body)}`)
  const ok = await call('POST', `/api/me/agent-requests/${asked.body.ref}/approve`, { token: person })
  if (ok.status !== 200) throw new Error(`approve: ${JSON.stringify(ok.body)}`)
  const list = await call('GET', '/api/agents/requests', { token: agent })
  return list.body.items.find((r: { ref: string }) => r.ref === asked.body.ref).bindingRef as string
}
