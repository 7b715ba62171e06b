// Preloaded into tools that phone home (Electronegativity fetches translations and Electron release notes):
// every DNS lookup fails at once, so nothing leaves this machine and the tool falls back to its bundled data.
const dns = require('node:dns');
const refuse = (hostname, options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  const error = Object.assign(new Error(`offline: not resolving ${hostname}`), { code: 'ENOTFOUND', hostname });
  process.nextTick(() => done(error));
};
dns.lookup = refuse;
dns.promises.lookup = async (hostname) => {
  throw Object.assign(new Error(`offline: not resolving ${hostname}`), { code: 'ENOTFOUND', hostname });
};
