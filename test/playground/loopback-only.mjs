// Loaded into the Agents Playground's process (node --import): it listens on every interface and
// has no option to choose one, which would put a chat that drives the bot on the network while
// screenshots are taken. A listen on a port that names no host gets the loopback address instead.
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function loopbackListen(...args) {
  if (typeof args[0] === 'number') {
    if (args[1] === undefined || args[1] === null) args[1] = '127.0.0.1';
    else if (typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
