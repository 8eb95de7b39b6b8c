// Loaded with `node --require` before `next start` (apps/web package.json `start`): every request's
// forwarding headers are settled from the socket and TRUSTED_PROXY_HOPS (client-address.cjs) before
// Next sees the request. Next's start server makes its server with http.createServer(listener).
'use strict';

const http = require('node:http');
const { hopsFrom, settleForwardedHeaders } = require('./client-address.cjs');

const trustedHops = hopsFrom(process.env.TRUSTED_PROXY_HOPS);
const createServer = http.createServer;

http.createServer = function createServerWithClientAddress(...args) {
  const index = args.findIndex((arg) => typeof arg === 'function');
  if (index >= 0) {
    const listener = args[index];
    args[index] = function requestWithClientAddress(request, response) {
      settleForwardedHeaders(request, trustedHops);
      return listener.call(this, request, response);
    };
  }
  return createServer.apply(this, args);
};
