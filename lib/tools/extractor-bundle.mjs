/**
 * The extractor bundled into one ES module by esbuild (lib/extractor/.dist/extract.mjs, gitignored),
 * so a run loads plain JavaScript instead of compiling TypeScript through tsx's loader at start-up.
 *
 * The bundle is rebuilt whenever it is missing or older than any file it was built from (esbuild's
 * metafile lists them; this file counts as one). Every way in (`npm run extract`, `npm run dev`, the
 * build's prebuild) goes through `ensureBundle`, which costs one stat per input (~100 files, a few
 * ms). A postinstall or prebuild hook would be cheaper still but not safe: an edit to the extractor
 * between installs, or `npm run extract` outside a build, would run a stale bundle.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DIST = join(ROOT, 'lib/extractor/.dist')
/** The bundle: `runCli(args)` from lib/extractor/cli/run.ts. */
const BUNDLE = join(DIST, 'extract.mjs')
/** The files the bundle was built from, relative to the repository, as a JSON list. */
const INPUTS = join(DIST, 'inputs.json')
const ENTRY = 'lib/extractor/cli/run.ts'
const SELF = relative(ROOT, fileURLToPath(import.meta.url))

/**
 * What stands for an input in the freshness check: the file itself, or for a file inside a package
 * its package.json, which an install of another version rewrites (npm gives every file it unpacks
 * the same old mtime, but a new ctime). One stat per package instead of one per file.
 */
export function watchedFile(input) {
  const parts = input.split('/')
  const at = parts.lastIndexOf('node_modules')
  if (at < 0) return input
  const name = parts[at + 1]?.startsWith('@') ? 2 : 1
  return [...parts.slice(0, at + 1 + name), 'package.json'].join('/')
}

/**
 * True when the bundle must be rebuilt: it is missing, its input list is missing or unreadable,
 * or one of its inputs is gone or changed after it was written.
 */
export function isStale(bundle = BUNDLE, inputsFile = INPUTS, root = ROOT) {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return true
  let inputs
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'))
  } catch {
    return true
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return true
  const built = statSync(bundle).mtimeMs
  return inputs.some((file) => {
    const stat = statSync(join(root, String(file)), { throwIfNoEntry: false })
    // ctime too: a checkout or a copy may give a changed file an old mtime.
    return !stat || Math.max(stat.mtimeMs, stat.ctimeMs) > built
  })
}

/** Bundles the extractor now; returns the bundle's path. */
async function buildBundle() {
  // Imported here: a run with a fresh bundle does not pay for loading esbuild.
  const { build } = await import('esbuild')
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages are bundled too (one file to load instead of ~400 saves ~0.15 s of CPU per run);
    // the big or native ones the extractor loads on demand (jieba, wink's model) stay outside, since
    // it requires them through createRequire. CommonJS packages in the bundle call `require`:
    banner: {
      js: "import { createRequire as __bundleRequire } from 'node:module'\nconst require = __bundleRequire(import.meta.url)",
    },
    metafile: true,
    write: false,
    outfile: BUNDLE,
    logLevel: 'warning',
  })
  const output = result.outputFiles.find((file) => file.path === BUNDLE)
  if (!output) throw new Error('extractor-bundle: esbuild wrote no bundle')
  const inputs = [...new Set([...Object.keys(result.metafile.inputs).map(watchedFile), SELF])].sort()
  mkdirSync(DIST, { recursive: true })
  // Written aside and renamed: a run that starts meanwhile reads the old bundle or the new, never half.
  const partial = `.${process.pid}.partial`
  writeFileSync(INPUTS + partial, `${JSON.stringify(inputs, null, 1)}\n`)
  writeFileSync(BUNDLE + partial, output.contents)
  renameSync(INPUTS + partial, INPUTS)
  renameSync(BUNDLE + partial, BUNDLE)
  return BUNDLE
}

/** The bundle's path, rebuilt first if it is stale. */
export async function ensureBundle() {
  return isStale() ? buildBundle() : BUNDLE
}

// `node lib/tools/extractor-bundle.mjs`: rebuild now, whatever the times say.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now()
  await buildBundle()
  console.log(
    `extractor-bundle: wrote ${relative(process.cwd(), BUNDLE)} in ${Math.round(performance.now() - started)} ms`,
  )
}
