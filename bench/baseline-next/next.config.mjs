/** The baseline: Next's defaults, like the real site's (no powered-by header, own build folder). */
const nextConfig = { poweredByHeader: false, distDir: process.env.NEXT_DIST_DIR ?? '.next' };

export default nextConfig;
