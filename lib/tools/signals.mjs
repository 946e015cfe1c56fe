/**
 * Signals for the scripts that start other processes (`npm start`, `npm run dev`): noticing that
 * npm has gone, and ending a child's whole process group. Linux/macOS process groups.
 */

/**
 * Calls `then` once this process loses its parent. Under `npm start`/`npm run dev` the parent is
 * npm's shell: npm passes SIGTERM to that shell, which dies without passing it on, so the signal
 * never reaches us; being re-parented is how we notice. Only under npm: a process started by hand
 * may outlive its shell.
 * @param {() => void} then
 */
export function whenOrphaned(then) {
  if (!process.env.npm_lifecycle_event) return undefined
  const parent = process.ppid
  return setInterval(() => process.ppid !== parent && then(), 250).unref()
}

/**
 * Sends `signal` to every process of the group led by `pid` (a child spawned with
 * `detached: true`); false when the group has gone.
 * @param {number | undefined} pid
 * @param {NodeJS.Signals | 0} signal 0 only asks whether the group still has a process
 */
export function signalGroup(pid, signal) {
  if (!pid) return false
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false
  }
}

/**
 * Waits up to `ms` for the group led by `pid` to empty, then kills what is left.
 * @param {number | undefined} pid
 */
export async function reapGroup(pid, ms = 3000) {
  const end = Date.now() + ms
  while (signalGroup(pid, 0) && Date.now() < end) await new Promise((r) => setTimeout(r, 50))
  signalGroup(pid, 'SIGKILL')
}
