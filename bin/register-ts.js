// Registers the TypeScript load hook (bin/ts-hooks.js, decision 0058) for this thread and the modules it
// imports after. Stack traces point into the .ts sources through the inline source maps.
import { register } from 'node:module';

process.setSourceMapsEnabled(true);
register('./ts-hooks.js', import.meta.url);
