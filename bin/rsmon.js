#!/usr/bin/env node
// Entry point: registers tsx so the TypeScript sources run as they are (no build step to forget),
// then hands over to the command line. See docs/decisions/0002-run-typescript-with-tsx.md.
import { register } from 'tsx/esm/api';

register();
await import('../services/cli/main.ts');
