// A re-sent item with the same id is merged, not replaced: the class pinned on the embedded default
// (SQLite bus and store) through the real command line. Scenarios: test/helpers/item-version-scenarios.ts.
import { join } from 'node:path';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import { itemVersionScenarios } from '../helpers/item-version-scenarios.ts';

itemVersionScenarios({
  name: 'embedded',
  env: () => ({}),
  openStore: async (data) => createSqliteStore({ file: join(data, 'store.sqlite') }),
});
