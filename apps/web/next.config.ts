import type { NextConfig } from 'next';

const cmsUrl = new URL(process.env.CMS_PUBLIC_URL ?? process.env.CMS_URL ?? 'http://localhost:1337');

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; `next start` wants the regular output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    remotePatterns: [
      {
        protocol: cmsUrl.protocol.replace(':', '') as 'http' | 'https',
        hostname: cmsUrl.hostname,
        port: cmsUrl.port,
        pathname: '/uploads/**',
      },
    ],
  },
};

export default nextConfig;
