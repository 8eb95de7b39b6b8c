import crypto from 'node:crypto';

const hmac = (secret: string, value: string, encoding: 'hex' | 'base64url' = 'hex') =>
  crypto.createHmac('sha256', secret).update(value).digest(encoding);

/** MAIL_TOKEN_SECRET, or a key derived from APP_KEYS (a secret every instance already shares). */
export const mailSecret = (configured: string) =>
  configured || crypto.createHash('sha256').update(`derna-mail-tokens:${process.env.APP_KEYS ?? ''}`).digest('hex');

/** An address as stored for unsubscribes: a keyed hash, never the address itself. */
export const emailKey = (secret: string, email: string) => hmac(secret, `email:${email.trim().toLowerCase()}`);

/** A reader as counted for reports: a keyed hash of the IP. */
export const readerKey = (secret: string, ip: string) => hmac(secret, `reader:${ip}`);

/** The signed token in every unsubscribe link: the address's key and its signature. */
export const unsubscribeToken = (secret: string, email: string) => {
  const key = emailKey(secret, email);
  return `${key}.${hmac(secret, `unsubscribe:${key}`, 'base64url')}`;
};

/** The address key a token stands for, or null when it was not signed with our secret. */
export const verifyUnsubscribeToken = (secret: string, token: string): string | null => {
  const [key, signature] = token.split('.');
  if (!key || !signature || !/^[0-9a-f]{64}$/.test(key)) return null;
  const expected = Buffer.from(hmac(secret, `unsubscribe:${key}`, 'base64url'));
  const given = Buffer.from(signature);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? key : null;
};
