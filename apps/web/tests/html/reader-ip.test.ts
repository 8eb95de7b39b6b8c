import { readerIp } from '@/lib/comments/reader-ip';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { clientAddress, hopsFrom } = require('../../server/client-address.cjs') as {
  clientAddress: (forwardedFor: string | undefined, socket: string | undefined, hops: number) => string;
  hopsFrom: (value: string | undefined) => number;
};

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });

describe('the address the server settles before Next reads a request', () => {
  it('is the socket with no proxy in front, whatever the reader sends', () => {
    expect(clientAddress('6.6.6.6', '203.0.113.9', 0)).toBe('203.0.113.9');
    expect(clientAddress(undefined, '::ffff:203.0.113.9', 0)).toBe('203.0.113.9');
  });

  it('is what the one trusted proxy saw: the edge overwrites the header with the connecting address', () => {
    expect(clientAddress('203.0.113.9', '127.0.0.1', 1)).toBe('203.0.113.9');
  });

  it('ignores everything left of the trusted hops', () => {
    // Two hops: a CDN appends the reader's address, the edge appends the CDN's, the socket is the edge.
    expect(clientAddress('203.0.113.9, 198.51.100.2', '10.0.0.2', 2)).toBe('203.0.113.9');
    // The reader sent "X-Forwarded-For: 6.6.6.6, 7.7.7.7" to the CDN.
    expect(clientAddress('6.6.6.6, 7.7.7.7, 203.0.113.9, 198.51.100.2', '10.0.0.2', 2)).toBe('203.0.113.9');
  });

  it('falls back to the socket when fewer hops came than trusted', () => {
    expect(clientAddress(undefined, '203.0.113.9', 1)).toBe('203.0.113.9');
  });

  it('refuses a nonsensical TRUSTED_PROXY_HOPS', () => {
    expect(hopsFrom(undefined)).toBe(0);
    expect(hopsFrom('1')).toBe(1);
    expect(() => hopsFrom('-1')).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => hopsFrom('one')).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe('readerIp', () => {
  it('reads the settled address', () => {
    expect(readerIp(headers('203.0.113.9'))).toBe('203.0.113.9');
  });

  it('never takes the left-hand claims of a chain', () => {
    expect(readerIp(headers('6.6.6.6, 203.0.113.9'))).toBe('203.0.113.9');
  });

  it('says "unknown" rather than inventing one', () => {
    expect(readerIp(headers())).toBe('unknown');
  });
});
