import { shareLinks } from '@/lib/share-links';

/**
 * Runs once, inline, right after the button: shows it where the browser has the Web Share API
 * and shares the page on click. A few hundred bytes, no React component, no third-party script.
 */
const WEB_SHARE = `(function(b){if(!b||!navigator.share)return;b.hidden=false;b.addEventListener('click',function(){navigator.share({title:b.getAttribute('data-title'),url:b.getAttribute('data-url')}).catch(function(){})})})(document.getElementById('web-share'))`;

/** Plain share links (they work without JavaScript), and the device's own share sheet with it. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title" className="share__title">
        Share this story
      </h2>
      <ul className="share__links">
        {shareLinks(url, title).map((link) => (
          <li key={link.network}>
            <a href={link.href} data-network={link.network} rel="noopener noreferrer nofollow">
              {link.label}
            </a>
          </li>
        ))}
        <li>
          <button type="button" id="web-share" className="share__native" hidden data-title={title} data-url={url}>
            More ways to share…
          </button>
        </li>
      </ul>
      <script dangerouslySetInnerHTML={{ __html: WEB_SHARE }} />
    </section>
  );
}
