// The reader's address, settled before Next sees a request (preload.cjs): it comes from the socket, or from exactly TRUSTED_PROXY_HOPS proxies in front, never from a header
// the reader wrote. Next itself keeps any X-Forwarded-For a request arrives with (it only fills the
// header when it is missing), and a route handler or server action sees headers, not the socket:
// so the header is rewritten here, where the connection is known, before Next reads it.
'use strict';

/** The address that many trusted hops from the socket: every entry further left is the reader's own claim. */
const clientAddress = (forwardedFor, socketAddress, trustedHops) => {
  const socket = String(socketAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.)/, '');
  if (trustedHops <= 0) return socket;
  const chain = String(forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  chain.push(socket);
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
};

const hopsFrom = (value) => {
  const hops = Number(value ?? 0);
  if (!Number.isInteger(hops) || hops < 0 || hops > 5) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 5 (got "${value}"). See .env.example.`);
  }
  return hops;
};

/** Rewrites the forwarding headers of one request in place. */
const settleForwardedHeaders = (request, trustedHops) => {
  const { headers } = request;
  headers['x-forwarded-for'] = clientAddress(headers['x-forwarded-for'], request.socket?.remoteAddress, trustedHops);
  if (trustedHops === 0) {
    // No proxy in front: host and scheme come from the request itself, as Next derives them.
    delete headers['x-forwarded-host'];
    delete headers['x-forwarded-proto'];
    delete headers['x-forwarded-port'];
  }
};

module.exports = { clientAddress, hopsFrom, settleForwardedHeaders };
