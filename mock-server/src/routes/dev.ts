import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../context'
import { cspDirectives } from '../plugins/security'

/** /dev/tax: a tiny page to drive the simulated tax bureau (the admin token is typed in). */
const PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>税务端（模拟）</title>
<style>body{font:14px sans-serif;margin:2em}td,th{border:1px solid #ccc;padding:4px 8px}table{border-collapse:collapse}</style>
<h1>税务端（模拟）</h1>
<p>ADMIN_TOKEN <input id="t" size="40"> 状态 <select id="s"><option value="">全部</option><option>CREATED</option><option selected>TRANSMITTED</option><option>PAID</option><option>REVOKED</option></select>
<button onclick="load()">刷新</button></p><p id="m"></p><table id="l"></table>
<script>
const h=()=>({Authorization:'Bearer '+document.getElementById('t').value});
async function load(){const s=document.getElementById('s').value;const r=await fetch('/api/tax/assessments'+(s?'?status='+s:''),{headers:h()});const j=await r.json();
if(!r.ok){document.getElementById('m').textContent=j.message;return}
document.getElementById('l').innerHTML='<tr><th>核定流水号</th><th>参保人</th><th>期间</th><th>金额</th><th>状态</th><th></th></tr>'+j.items.map(a=>'<tr><td>'+a.id+'</td><td>'+a.ownerMasked+'</td><td>'+a.start+'~'+a.end+'</td><td>'+a.total+'</td><td>'+a.status+(a.taxRevoked?'（税务已撤销）':'')+'</td><td><button onclick="act(\\''+a.id+'\\',\\'paid\\')">已缴费</button> <button onclick="act(\\''+a.id+'\\',\\'tax-revoke\\')">税务撤销</button></td></tr>').join('')}
async function act(id,a){const r=await fetch('/api/tax/assessments/'+id+'/'+a,{method:'POST',headers:h()});const j=await r.json();document.getElementById('m').textContent=r.ok?id+' → '+j.status+(j.taxRevoked?'（税务已撤销）':''):j.message;load()}
</script></html>`

const DEV_PAGE_HELMET = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      ...cspDirectives([]),
      'script-src': ["'self'", "'unsafe-inline'"],
      'script-src-attr': ["'unsafe-inline'"],
    },
  },
}

export async function devRoutes(app: FastifyInstance, _ctx: AppContext) {
  // registered only with ENABLE_DEV_PAGES (app.ts). The page's inline script and handlers need their own CSP.
  app.get('/dev/tax', { schema: { hide: true }, helmet: DEV_PAGE_HELMET }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(PAGE),
  )
}
