import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import { site } from '@/lib/site';
import { SiteHeader } from '@/components/site/site-header';
import { SiteFooter } from '@/components/site/site-footer';
import { PreviewBanner } from '@/components/site/preview-banner';
import { BackToTop } from '@/components/site/back-to-top.client';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: env.SITE_NAME, template: `%s | ${env.SITE_NAME}` },
  description: site.description,
  alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: `${env.SITE_NAME} RSS` }] } },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#8b1a1a',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <PreviewBanner />
        <SiteHeader siteName={env.SITE_NAME} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter siteName={env.SITE_NAME} />
        <BackToTop />
      </body>
    </html>
  );
}
