#!/usr/bin/env node
// Entry point: registers the TypeScript load hook so the sources run as they are (no build step to
// forget), then hands over to the command line. See docs/decisions/0002 and 0058.
import './register-ts.js';

await import('../services/cli/main.ts');
