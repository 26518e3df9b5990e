/**
 * Resolves with the first of `signals` the process receives. A second one while shutting down
 * stops the process at once, for a person pressing Ctrl-C again.
 */
export function waitForSignal(signals: readonly NodeJS.Signals[], onSecond: (signal: NodeJS.Signals) => void): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const handle = (signal: NodeJS.Signals) => {
      if (received) return onSecond(signal);
      received = true;
      resolve(signal);
    };
    for (const signal of signals) process.on(signal, handle);
  });
}
