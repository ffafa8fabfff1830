// Consumer group ids are a contract between deployments (committed offsets live under them).
import { TOPICS } from '../../pipelines/contracts/topics.ts';

export const GROUPS = {
  enrich: { group: 'rs-enrich', topic: TOPICS.raw },
  cases: { group: 'rs-cases', topic: TOPICS.enriched },
  indexItems: { group: 'rs-index-items', topic: TOPICS.enriched },
  indexCases: { group: 'rs-index-cases', topic: TOPICS.cases },
} as const;

export const ALL_GROUPS = Object.values(GROUPS);
