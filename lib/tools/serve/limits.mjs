/**
 * How many connections the static server holds and for how long, so that no client (a slowloris
 * trickling headers, a script opening thousands of sockets) can exhaust file descriptors or
 * starve the others. Each limit has an environment override. Plain JavaScript for lib/tools/serve.mjs.
 */

/**
 * @typedef {object} Limits
 * @property {number} maxConnections open connections in all; more are closed at once
 * @property {number} maxConnectionsPerClient open connections from one address; more are closed at once
 * @property {number} headersTimeout ms a client has to send its request headers
 * @property {number} requestTimeout ms a client has to send its whole request
 * @property {number} keepAliveTimeout ms an idle keep-alive connection stays open
 * @property {number} idleTimeout ms a connection may make no progress at all (a reader that stopped reading)
 */

/** @type {Limits} */
const DEFAULT_LIMITS = Object.freeze({
  maxConnections: 1000,
  // Browsers open 6 per host; a load test or an office behind one NAT address needs more.
  maxConnectionsPerClient: 200,
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  idleTimeout: 30_000,
})

/** The environment variable that overrides each limit. */
const LIMIT_VARIABLES = Object.freeze({
  maxConnections: 'SERVE_MAX_CONNECTIONS',
  maxConnectionsPerClient: 'SERVE_MAX_CONNECTIONS_PER_CLIENT',
  headersTimeout: 'SERVE_HEADERS_TIMEOUT_MS',
  requestTimeout: 'SERVE_REQUEST_TIMEOUT_MS',
  keepAliveTimeout: 'SERVE_KEEP_ALIVE_TIMEOUT_MS',
  idleTimeout: 'SERVE_IDLE_TIMEOUT_MS',
})

/**
 * The limits, with overrides from `env`; a value that is not a positive integer is an error
 * whose message names the variable.
 * @param {Record<string, string | undefined>} env
 * @returns {Limits}
 */
export function limitsFromEnv(env) {
  /** @type {Record<string, number>} */
  const limits = { ...DEFAULT_LIMITS }
  for (const [key, variable] of Object.entries(LIMIT_VARIABLES)) {
    const text = env[variable]
    if (text === undefined || text === '') continue
    const value = Number(text)
    if (!Number.isSafeInteger(value) || value < 1)
      throw new RangeError(`${variable} must be a positive integer, got "${text}"`)
    limits[key] = value
  }
  // Node refuses a request timeout shorter than the headers timeout.
  limits.requestTimeout = Math.max(limits.requestTimeout, limits.headersTimeout)
  return /** @type {Limits} */ (limits)
}

/**
 * Options for `http.createServer`: Node checks the headers and request timeouts on a timer,
 * every 30 s by default, which would let a slow client hold its socket that much longer.
 * @param {Limits} limits
 */
export const serverOptions = (limits) => ({
  headersTimeout: limits.headersTimeout,
  requestTimeout: limits.requestTimeout,
  keepAliveTimeout: limits.keepAliveTimeout,
  connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(limits.headersTimeout / 4))),
})

/**
 * Applies the connection caps and the idle timeout to a server made with serverOptions(limits).
 * `warn` hears (at most every 10 s) when a cap turns connections away.
 * @param {import('node:http').Server} server
 * @param {Limits} limits
 * @param {(line: string) => void} warn
 */
export function applyLimits(server, limits, warn) {
  server.maxConnections = limits.maxConnections
  server.timeout = limits.idleTimeout
  // Each cap warns at most every 10 s: a flood must not flood the log too.
  /** @type {Map<string, number>} */
  const lastWarning = new Map()
  const refused = (cap, what) => {
    const now = Date.now()
    if (now - (lastWarning.get(cap) ?? -Infinity) < 10_000) return
    lastWarning.set(cap, now)
    warn(`${what}: new connections are refused until some close`)
  }
  server.on('drop', () =>
    refused('total', `${limits.maxConnections} connections open (${LIMIT_VARIABLES.maxConnections})`),
  )
  /** @type {Map<string, number>} */
  const perClient = new Map()
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? ''
    const open = perClient.get(address) ?? 0
    if (open >= limits.maxConnectionsPerClient) {
      refused(
        'client',
        `${address} has ${open} connections open (${LIMIT_VARIABLES.maxConnectionsPerClient}=${limits.maxConnectionsPerClient})`,
      )
      socket.destroy()
      return
    }
    perClient.set(address, open + 1)
    socket.once('close', () => {
      const left = (perClient.get(address) ?? 1) - 1
      if (left > 0) perClient.set(address, left)
      else perClient.delete(address)
    })
  })
}
