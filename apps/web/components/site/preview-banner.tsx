import { isPreview } from '@/lib/cms';

/** Editors must never mistake a draft for the live page. The exit works without JavaScript. */
export async function PreviewBanner() {
  if (!(await isPreview())) return null;
  return (
    <div className="preview-banner" role="status">
      <p>
        <strong>Preview mode</strong> – you are seeing unpublished changes.
      </p>
      <form method="post" action="/api/preview/disable">
        <button type="submit" className="button button--ghost">
          Exit preview
        </button>
      </form>
    </div>
  );
}
