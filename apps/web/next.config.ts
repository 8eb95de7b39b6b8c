import type { NextConfig } from 'next';

const cmsUrl = new URL(process.env.CMS_PUBLIC_URL ?? process.env.CMS_URL ?? 'http://localhost:1337');
const cmsIsLocal = ['localhost', '127.0.0.1', '[::1]'].includes(cmsUrl.hostname);

const nextConfig: NextConfig = {
  // Tests build into their own folder (NEXT_DIST_DIR=.next-test) so they never touch a dev build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // A comment is at most 65,525 bytes; anything much larger is refused before it is parsed.
    serverActions: { bodySizeLimit: '300kb' },
  },
  images: {
    remotePatterns: [
      {
        protocol: cmsUrl.protocol.replace(':', '') as 'http' | 'https',
        hostname: cmsUrl.hostname,
        port: cmsUrl.port,
        pathname: '/uploads/**',
      },
    ],
    // Only the CMS host is allowed above; on a developer's machine it lives on loopback.
    dangerouslyAllowLocalIP: cmsIsLocal,
  },
};

export default nextConfig;
