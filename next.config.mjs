/** Static export: every page is prebuilt from the extracted graph, so `out/` can be served by any static server. */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  // With a static export, distDir is where the site is written: SITE_OUT_DIR lets the e2e suite
  // build a second site (from a fixture glossary) without overwriting out/.
  ...(process.env.SITE_OUT_DIR ? { distDir: process.env.SITE_OUT_DIR } : {}),
}

export default nextConfig
