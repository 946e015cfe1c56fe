/**
 * The extractor kept warm for `npm run dev`: one worker thread imports the bundled extractor
 * (lib/tools/extractor-bundle.mjs) once and runs it again on every save. A fresh process per save
 * paid the whole start-up each time (Node, the bundle, jieba's dictionaries, wink's model, the
 * word tables); the worker keeps them loaded, so a save of the bundled glossary that edits a
 * definition re-extracts in ~0.1 s (0.3–0.7 s when it adds or renames a Chinese name: jieba's
 * dictionary for the relation tagger is built again with the new names). Output and exit status
 * are the CLI's (`npm run extract`).
 *
 * A save of the extractor's own sources makes the next run rebuild the bundle and start a fresh
 * worker, so `npm run dev` never runs stale extractor code.
 */
import { pathToFileURL } from 'node:url'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { ensureBundle, isStale } from './extractor-bundle.mjs'

/**
 * A warm extractor for `args` (the CLI's arguments). `run()` extracts once and resolves to the
 * exit status (1 also when the extractor itself threw); runs are queued, one at a time.
 * `close()` ends the worker.
 */
export function warmExtractor(args) {
  let worker
  let queue = Promise.resolve()

  const start = async () => {
    const bundle = pathToFileURL(await ensureBundle()).href
    const thread = new Worker(new URL(import.meta.url), { workerData: { bundle } })
    // The watcher and next dev keep `npm run dev` alive; an idle worker must not.
    thread.unref()
    return thread
  }

  const once = async () => {
    if (worker && isStale()) {
      await worker.terminate()
      worker = undefined
    }
    worker ??= await start()
    const thread = worker
    return new Promise((resolve) => {
      const done = (code) => {
        thread.off('message', onMessage)
        thread.off('error', onError)
        resolve(code)
      }
      const onMessage = (message) => done(typeof message?.code === 'number' ? message.code : 1)
      const onError = (error) => {
        console.error(`dev: the extractor failed: ${error instanceof Error ? error.stack : String(error)}`)
        // Its state is unknown: the next run starts a fresh one.
        if (worker === thread) worker = undefined
        done(1)
      }
      thread.on('message', onMessage)
      thread.on('error', onError)
      thread.postMessage({ args })
    })
  }

  return {
    run() {
      const result = queue.then(once)
      queue = result.then(
        () => undefined,
        () => undefined,
      )
      return result
    },
    async close() {
      await worker?.terminate()
      worker = undefined
    },
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort
  // Messages wait in the port until the listener is added, after the bundle is loaded.
  const { runCli } = await import(workerData.bundle)
  port.on('message', (message) => {
    let code = 1
    try {
      code = runCli(message.args)
    } catch (error) {
      console.error(`extract: ${error instanceof Error ? error.stack : String(error)}`)
    }
    port.postMessage({ code })
  })
}
