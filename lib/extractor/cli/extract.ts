/**
 * `npm run extract -- --glossary <file|dir> --out <file>`
 * Reads the glossary (a directory means every *.md in it, plus concepts.txt if present),
 * writes graph.json (and beside it the lean graph-view.json for the explorer, graph.gexf, graph.graphml
 * and build-report.json), prints diagnostics as `path:line: severity: message` and a summary.
 * `--verbose` also prints the notes (blocks skipped and why); `--strict` makes every warning fatal.
 * `--map-above <terms>` (or MAP_ABOVE): above this many terms the overview is a map of the groups
 * (default 2000).
 * `--max-size <MB>` (or GLOSSARY_MAX_SIZE): a glossary over this many megabytes is refused with
 * one error (default 20). A glossary of 1 MB or more prints each stage to stderr as it starts.
 * Exits 1 when the glossary has errors (or warnings with --strict), 2 on bad usage or an unreadable path.
 *
 * `npm run extract` runs this file bundled (lib/tools/extract.mjs); `tsx` runs it from source.
 */
import { runCli } from './run'

process.exitCode = runCli(process.argv.slice(2))
