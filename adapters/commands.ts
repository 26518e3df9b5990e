import type { Command } from '../src/cli/command.js';
import { createDigestCommand } from '../src/cli/commands/digest.js';
import { createLogger } from '../src/logging/logger.js';
import { platformDestinations } from './destinations.js';
import { serveCommand } from './server/serve-command.js';

/**
 * The executable's commands: the core's, with `digest --post` able to reach the platforms,
 * and `serve`. Only src/cli/main.ts calls this (the core never imports an adapter).
 */
export function withAdapters(core: readonly Command[]): Command[] {
  const digest = createDigestCommand({ destinations: platformDestinations, logger: (io) => createLogger(io.env) });
  return [...core.map((command) => (command.name === 'digest' ? digest : command)), serveCommand];
}
