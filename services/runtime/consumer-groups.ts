// Consumer group ids are a contract between deployments (committed offsets live under them).
import { TOPICS } from '../../pipelines/contracts/topics.ts';

export const GROUPS = {
  enrich: { group: 'rs-enrich', topic: TOPICS.raw },
  cases: { group: 'rs-cases', topic: TOPICS.enriched },
  indexItems: { group: 'rs-index-items', topic: TOPICS.enriched },
  indexCases: { group: 'rs-index-cases', topic: TOPICS.cases },
  alertsCases: { group: 'rs-alerts-cases', topic: TOPICS.cases },
  alertsItems: { group: 'rs-alerts-items', topic: TOPICS.enriched },
  mailer: { group: 'rs-mailer', topic: TOPICS.alerts },
} as const;

export const ALL_GROUPS = Object.values(GROUPS);

/**
 * The groups of the four core services (enrich, cases, index). A deployment or test that runs only
 * these waits on these: the alert and mailer groups have no member there and never drain.
 */
export const CORE_GROUPS = [GROUPS.enrich, GROUPS.cases, GROUPS.indexItems, GROUPS.indexCases];

/**
 * The media stage's group (MEDIA_ANALYSIS=true only). Kept out of GROUPS/ALL_GROUPS: with the stage
 * off nobody reads it, and a drain wait over it would never end.
 */
export const MEDIA_GROUP = { group: 'rs-media', topic: TOPICS.enriched } as const;
