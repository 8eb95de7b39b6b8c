export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="site-footer">
      <p>
        © {new Date().getFullYear()} {siteName}
      </p>
      <p>
        <a href="/feed.xml">RSS feed</a>
      </p>
    </footer>
  );
}
