/**
 * `npm run extract`: runs the bundled extractor (lib/tools/extractor-bundle.mjs rebuilds it first
 * when a source is newer), with the same arguments and exit status as lib/extractor/cli/extract.ts.
 */
import { pathToFileURL } from 'node:url'
import { ensureBundle } from './extractor-bundle.mjs'

const { runCli } = await import(pathToFileURL(await ensureBundle()).href)
process.exitCode = runCli(process.argv.slice(2))
