import https from 'node:https';

/**
 * Makes every HTTPS request of this test process fail at name lookup, before anything leaves the
 * machine, and records the host names asked for. Token validation that wants Microsoft's signing
 * keys then fails at once, the way it fails on a server that cannot reach them.
 */
export function goOffline(): { hosts: string[]; restore: () => void } {
  const original = https.globalAgent;
  const hosts: string[] = [];
  https.globalAgent = new https.Agent({
    lookup: (hostname, _options, callback) => {
      hosts.push(hostname);
      callback(Object.assign(new Error(`offline test: ${hostname} is not looked up`), { code: 'ENOTFOUND' }), '', 4);
    },
  });
  return { hosts, restore: () => void (https.globalAgent = original) };
}
