import type { FastifyInstance } from 'fastify'
import { cspDirectives } from '../plugins/security'

/** /dev/tax: a tiny page to drive the simulated tax bureau (the admin token is typed in). */
/**
 * Statuses in words (as the app shows them); the two tax actions only on the rows they apply to: a record
 * transmitted to tax and not yet revoked there can be marked paid or revoked by the tax side; nothing else.
 */
const PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>税务端（模拟）</title>
<style>body{font:15px sans-serif;margin:1em;color:#1d2129}td,th{border:1px solid #ccc;padding:4px 8px}table{border-collapse:collapse}button{min-height:44px;font-size:15px;white-space:nowrap}th,td{white-space:nowrap}.wrap{overflow-x:auto}.muted{color:#4e5969}</style>
<h1>税务端（模拟）</h1>
<p>ADMIN_TOKEN <input id="t" size="40" aria-label="ADMIN_TOKEN"> 状态 <select id="s" aria-label="状态"><option value="">全部</option><option value="CREATED">待传输</option><option value="TRANSMITTED" selected>已传输</option><option value="PAID">已缴费</option><option value="REVOKED">已撤销</option></select>
<button onclick="load()">刷新</button></p><p id="m" role="status"></p><div class="wrap"><table id="l"></table></div>
<script>
const S={CREATED:'待传输',TRANSMITTED:'已传输',PAID:'已缴费',REVOKED:'已撤销'};
const h=()=>({Authorization:'Bearer '+document.getElementById('t').value});
const label=a=>(S[a.status]||a.status)+(a.taxRevoked?'（税务已撤销）':'');
const actions=a=>a.status==='TRANSMITTED'&&!a.taxRevoked?'<button onclick="act(\\''+a.id+'\\',\\'paid\\')">标记已缴费</button> <button onclick="act(\\''+a.id+'\\',\\'tax-revoke\\')">税务撤销</button>':'<span class="muted">—</span>';
async function load(){const s=document.getElementById('s').value;const r=await fetch('/api/tax/assessments'+(s?'?status='+s:''),{headers:h()});const j=await r.json();
if(!r.ok){document.getElementById('m').textContent=j.message;return}
document.getElementById('l').innerHTML='<tr><th>核定流水号</th><th>参保人</th><th>期间</th><th>金额（元）</th><th>状态</th><th>操作</th></tr>'+(j.items.length?'':'<tr><td colspan="6" class="muted">没有这个状态的核定</td></tr>')+j.items.map(a=>'<tr id="row-'+a.id+'"><td>'+a.id+'</td><td>'+a.ownerMasked+'</td><td>'+a.start+'–'+a.end+'</td><td>'+a.total+'</td><td class="status">'+label(a)+'</td><td class="actions">'+actions(a)+'</td></tr>').join('')}
async function act(id,a){const r=await fetch('/api/tax/assessments/'+id+'/'+a,{method:'POST',headers:h()});const j=await r.json();document.getElementById('m').textContent=r.ok?id+' → '+label(j):j.message;load()}
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

export async function devRoutes(app: FastifyInstance) {
  // registered only with ENABLE_DEV_PAGES (app.ts). The page's inline script and handlers need their own CSP.
  app.get('/dev/tax', { schema: { hide: true }, helmet: DEV_PAGE_HELMET }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(PAGE),
  )
}
