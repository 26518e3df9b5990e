import type { Command } from '../command.js';
import { askCommand } from './ask.js';
import { reviewCommand } from './review.js';
import { digestCommand } from './digest.js';
import { streamsCommand } from './streams.js';
import { gapsCommand } from './gaps.js';
import { registryCommand } from './registry.js';

/**
 * The platform-free commands, in the order `help` lists them. `serve` is added by the
 * executable's entry point (src/cli/main.ts), since it hosts the Slack and Teams adapters.
 */
export const coreCommands: readonly Command[] = [askCommand, reviewCommand, streamsCommand, digestCommand, gapsCommand, registryCommand];
