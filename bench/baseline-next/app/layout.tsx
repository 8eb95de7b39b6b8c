import type { ReactNode } from 'react';

/** The least a Next.js page can be: html, body, the page. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
