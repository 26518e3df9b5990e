import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

// npm links `bin` with the right mode, but `npx` in the checkout runs the file in place.
chmodSync(join(packageRoot, 'dist/src/cli/main.js'), 0o755);
