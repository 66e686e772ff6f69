// Globals Taro's runtime expects (normally injected by its webpack plugin).
const g = globalThis as Record<string, unknown>
for (const flag of [
  'ENABLE_INNER_HTML',
  'ENABLE_ADJACENT_HTML',
  'ENABLE_SIZE_APIS',
  'ENABLE_TEMPLATE_CONTENT',
  'ENABLE_CLONE_NODE',
  'ENABLE_CONTAINS',
  'ENABLE_MUTATION_OBSERVER',
]) {
  g[flag] = true
}
g.DEPRECATED_ADAPTER_COMPONENT = false
process.env.TARO_ENV = 'h5'
