/** Static export: every page is prebuilt from the extracted graph, so `out/` can be served by any static server. */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
}

export default nextConfig
