#!/usr/bin/env node
// The composition root: the one module that joins the core to the adapters (it adds `serve`).
import { withAdapters } from '../../adapters/commands.js';
import { coreCommands } from './commands/index.js';
import { processIo } from './io.js';
import { runCli } from './run-cli.js';

const code = await runCli(process.argv.slice(2), processIo(), withAdapters(coreCommands));
// Let pending stdout writes flush instead of calling process.exit().
process.exitCode = code;
