// Dead letter (rs.dlq): the original bytes, untouched, with why and where they failed.
export interface DeadLetter {
  /** Original payload bytes, exactly as received (may be invalid UTF-8). */
  value: Buffer;
  key: string | null;
  reason: string;
  sourceTopic: string;
  /** Step that refused the message: ingest, enrich, cases, index, import. */
  stage: string;
  partition?: number;
  offset?: string;
  attempts?: number;
  /** Record locator for file imports: file name and line. */
  record?: string;
}
