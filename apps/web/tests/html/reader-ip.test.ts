import { readerIp } from '@/lib/comments/reader-ip';

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });

describe('the IP the rate limits count', () => {
  it('is the socket address Next.js records when no proxy is in front', () => {
    expect(readerIp(headers('203.0.113.9'), 0)).toBe('203.0.113.9');
  });

  it('ignores what the client claims to the left of the trusted proxies', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; our proxy appended the address it saw.
    expect(readerIp(headers('1.1.1.1, 203.0.113.9'), 1)).toBe('203.0.113.9');
    // A CDN appended the reader, then the load balancer appended the CDN's edge.
    expect(readerIp(headers('1.1.1.1, 203.0.113.9, 198.51.100.2'), 2)).toBe('203.0.113.9');
  });

  it('never lets a longer forged chain reach past the trusted hops', () => {
    const forged = Array.from({ length: 20 }, (_, i) => `10.0.0.${i}`).join(', ');
    expect(readerIp(headers(`${forged}, 203.0.113.9`), 1)).toBe('203.0.113.9');
  });

  it('says unknown rather than guessing', () => {
    expect(readerIp(headers(), 0)).toBe('unknown');
  });
});
