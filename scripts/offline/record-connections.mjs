// Preloaded into a Node process (`NODE_OPTIONS=--import …`) to list every host it looks up or connects to
// outside this machine, one JSON line each in $IMMUNO_CONNECTIONS_LOG. Nothing is blocked: the log is the
// evidence `scripts/storybook-offline.mjs` reads after `storybook build`. Children inherit NODE_OPTIONS.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';

const log = process.env.IMMUNO_CONNECTIONS_LOG;
const local = (host) => !host || host === 'localhost' || host === '::1' || /^127\./.test(host) || host.startsWith('/');
const record = (what, host, port) => {
  if (log && !local(String(host))) appendFileSync(log, `${JSON.stringify({ what, host, port, pid: process.pid, argv: process.argv.slice(1, 3) })}\n`);
};

const lookup = dns.lookup;
dns.lookup = function (host, ...rest) {
  record('dns', host);
  return lookup.call(this, host, ...rest);
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = function (host, ...rest) {
  record('dns', host);
  return promisesLookup.call(this, host, ...rest);
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const o = args[0];
  if (o && typeof o === 'object' && !Array.isArray(o)) record('connect', o.host ?? o.path, o.port);
  else if (typeof o === 'number') record('connect', typeof args[1] === 'string' ? args[1] : 'localhost', o);
  return connect.apply(this, args);
};
