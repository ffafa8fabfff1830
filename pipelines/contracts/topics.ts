// Topic names are part of the contract with other deployments: change them only with a migration.
export const TOPICS = {
  raw: 'rs.items.raw',
  enriched: 'rs.items.enriched',
  cases: 'rs.cases',
  alerts: 'rs.alerts',
  dlq: 'rs.dlq',
} as const;
export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];
