/**
 * The project's settings, each documented here and only here: the sizes at which the site changes
 * how it builds or draws a glossary, and the environment variables the build, the server and the
 * tests read. Code that uses one imports it from this module (plain data, safe in the browser).
 * The scripts in lib/tools/*.mjs and next.config.mjs run in plain Node, which cannot import
 * TypeScript, so they read their variables themselves; settings.test.ts checks that every variable
 * read anywhere is documented here, with the same fallback.
 */

/** Counts of terms, nodes, edges or elements (nodes + edges) at which behaviour switches. */
export const SIZES = {
  /**
   * Above this many terms the build lays the glossary out as a map of its groups (each community
   * laid out on its own, placed as discs; lib/extractor/graph/map-layout.ts) and the explorer's
   * overview draws no edges and names the groups. `MAP_ABOVE` or `--map-above` moves it.
   */
  mapAbove: 2000,
  /**
   * From this many nodes the explorer draws from the lean graph-view.json first and reads
   * graph.json (≈ 6.5 MB at 5,000 terms) after the first paint; below, one file is quicker.
   */
  leanFirst: 1000,
  /**
   * Above this many elements the first view's picture is an image made at build time instead of
   * inline SVG: at ≈ 200 bytes an element, 3,000 is ≈ 600 KB of HTML before the first paint.
   */
  inlinePicture: 3000,
  /**
   * Above this many terms only the most central ones (by PageRank) get their own Open Graph image
   * (≈ 40 ms each to draw); the others share the site's image.
   */
  ogImages: 500,
  /**
   * A fit (the canvas's camera, the picture's box) measures labels below this many elements; above,
   * it boxes the nodes' discs from their positions (measuring thousands of labels took 70 ms).
   */
  labelFit: 2000,
  /**
   * Above this many edges the canvas draws cheaply: straight haystack edges without arrows, pixel
   * ratio 1, and no edges while the view moves (so does the picture: one pixel ratio).
   */
  bigEdges: 2000,
  /** Above this many visible nodes labels are not checked for overlaps (Cytoscape's minimum font size alone thins them). */
  labelCollisions: 1500,
  /**
   * Above this many elements on the canvas, hovering or selecting a node lights its neighbourhood
   * without dimming the rest (dimming restyles every element).
   */
  dim: 4000,
  /** A filtered view of the map with at most this many nodes draws its edges; a bigger one stays an overview. */
  readableMap: 400,
} as const

/** An environment variable: what it does, its value when unset, and what reads it. */
export interface EnvSetting {
  meaning: string
  /** Used when the variable is unset or empty ('' = nothing). */
  fallback: string
  readBy: string
}

/** Every environment variable the project reads. */
export const ENVIRONMENT = {
  GLOSSARY: {
    meaning: 'the glossary file or directory the site is built from',
    fallback: 'glossary',
    readBy: 'npm run build (prebuild), npm start, npm run dev',
  },
  BASE_PATH: {
    meaning: 'the sub-path the site is served under (`/my-glossary` for a GitHub Pages project site)',
    fallback: '',
    readBy: 'next.config.mjs (build), lib/tools/serve.mjs (npm start)',
  },
  NEXT_PUBLIC_BASE_PATH: {
    meaning: 'BASE_PATH as the browser bundle sees it; set by next.config.mjs, never by hand',
    fallback: '',
    readBy: 'lib/explorer/site-url.ts',
  },
  SITE_URL: {
    meaning:
      'the origin the site is published at (`https://owner.github.io`): absolute URLs for Open Graph, sitemap, robots',
    fallback: '',
    readBy: 'npm run build',
  },
  REPO_URL: {
    meaning:
      'the GitHub repository (`https://github.com/owner/repo`): /health/ links each problem to its line there',
    fallback: '',
    readBy: 'npm run build',
  },
  MAP_ABOVE: {
    meaning: 'above this many terms the overview is a map of the groups (SIZES.mapAbove)',
    fallback: String(SIZES.mapAbove),
    readBy: 'npm run extract, npm run build',
  },
  GLOSSARY_MAX_SIZE: {
    meaning: 'a glossary over this many megabytes is refused with one error (`--max-size` too)',
    fallback: '20',
    readBy: 'npm run extract, npm run build',
  },
  PORT: {
    meaning: 'the port `npm start`, `npm run serve` and `npm run dev` listen on',
    fallback: '3000',
    readBy: 'lib/tools/start.mjs, serve.mjs, dev.mjs',
  },
  HOST: {
    meaning: 'the interface they listen on (`0.0.0.0` exposes the site to the network)',
    fallback: '127.0.0.1',
    readBy: 'lib/tools/start.mjs, serve.mjs, dev.mjs',
  },
  SERVE_MAX_CONNECTIONS: {
    meaning: 'open connections the static server holds in all; more are closed at once',
    fallback: '1000',
    readBy: 'lib/tools/serve/limits.mjs (npm start, npm run serve)',
  },
  SERVE_MAX_CONNECTIONS_PER_CLIENT: {
    meaning: 'open connections from one address; more are closed at once',
    fallback: '200',
    readBy: 'lib/tools/serve/limits.mjs (npm start, npm run serve)',
  },
  SERVE_HEADERS_TIMEOUT_MS: {
    meaning: 'milliseconds a client has to send its request headers',
    fallback: '10000',
    readBy: 'lib/tools/serve/limits.mjs (npm start, npm run serve)',
  },
  SERVE_REQUEST_TIMEOUT_MS: {
    meaning: 'milliseconds a client has to send its whole request',
    fallback: '30000',
    readBy: 'lib/tools/serve/limits.mjs (npm start, npm run serve)',
  },
  SERVE_KEEP_ALIVE_TIMEOUT_MS: {
    meaning: 'milliseconds an idle keep-alive connection stays open',
    fallback: '5000',
    readBy: 'lib/tools/serve/limits.mjs (npm start, npm run serve)',
  },
  SERVE_IDLE_TIMEOUT_MS: {
    meaning: 'milliseconds a connection may make no progress (a reader that stopped reading)',
    fallback: '30000',
    readBy: 'lib/tools/serve/limits.mjs (npm start, npm run serve)',
  },
  SITE_OUT_DIR: {
    meaning:
      'where `npm run build` writes the static site (the e2e suite builds its extra sites beside out/)',
    fallback: 'out',
    readBy: 'next.config.mjs, lib/tools/compress.mjs, og/render-og.ts, start.mjs',
  },
  E2E_PORT: {
    meaning:
      'the first of the four ports the e2e suite uses (site, fixture site, dev server, map site: +0…+3)',
    fallback: '4173',
    readBy: 'playwright.config.ts, e2e/dev.spec.ts',
  },
  PLAYWRIGHT_CHROMIUM_PATH: {
    meaning:
      'the Chromium the e2e suite and the bench launch (Playwright’s own browser when the file is missing)',
    fallback: '/usr/bin/chromium',
    readBy: 'lib/tools/chromium.ts',
  },
  CI: {
    meaning: 'set on a CI runner: the e2e suite starts its own servers and retries a failed story once',
    fallback: '',
    readBy: 'playwright.config.ts',
  },
  SCREENSHOTS: {
    meaning: 'set to write the README’s screenshots (e2e/screenshots/) instead of running the suite',
    fallback: '',
    readBy: 'playwright.config.ts',
  },
  CORPUS_HOLDOUT: {
    meaning: '`1` also scores the two held-out look-alike glossaries',
    fallback: '',
    readBy: 'lib/extractor/corpus.test.ts',
  },
  RELATIONS_HOLDOUT: {
    meaning: '`1` also scores the held-out glossaries of the relations report',
    fallback: '',
    readBy: 'lib/extractor/relations/*.test.ts, npm run relations:report',
  },
} as const satisfies Record<string, EnvSetting>

export type EnvName = keyof typeof ENVIRONMENT

/** A variable's value, or its documented fallback when it is unset or empty (read at call time). */
export function readEnv(name: EnvName): string {
  return process.env[name] || ENVIRONMENT[name].fallback
}
