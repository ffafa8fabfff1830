// Elasticsearch client errors -> PipelineError, so services decide retry vs dead-letter the same way
// for both stores: connection trouble, 429 (back-pressure) and 5xx can heal; 4xx are our fault.
import { errors } from '@elastic/elasticsearch';
import { PipelineError } from '../../pipelines/step-result.ts';

export function isRetriableStatus(status: number | undefined): boolean {
  return status === 429 || (status !== undefined && status >= 500);
}

/** The most specific reason Elasticsearch gave, e.g. "mapper_parsing_exception: failed to parse field [x]". */
export function esReason(body: unknown): string | null {
  const err = (body as { error?: unknown } | null)?.error;
  if (typeof err === 'string') return err;
  if (!err || typeof err !== 'object') return null;
  const e = err as { type?: string; reason?: string; root_cause?: Array<{ type?: string; reason?: string }>; caused_by?: { type?: string; reason?: string } };
  const root = e.root_cause?.[0];
  const main = `${e.type ?? 'error'}: ${e.reason ?? ''}`.trim();
  const detail = e.caused_by?.reason ?? (root && root.reason !== e.reason ? root.reason : undefined);
  return detail ? `${main} (${detail})` : main;
}

export function toPipelineError(e: unknown, what: string): PipelineError {
  if (e instanceof PipelineError) return e;
  if (e instanceof errors.ResponseError) {
    const status = e.meta.statusCode;
    return new PipelineError(`elasticsearch ${what}: HTTP ${status} ${esReason(e.meta.body) ?? e.message}`, {
      retriable: isRetriableStatus(status),
      cause: e,
    });
  }
  if (e instanceof errors.ConnectionError || e instanceof errors.TimeoutError || e instanceof errors.NoLivingConnectionsError) {
    return new PipelineError(`elasticsearch ${what}: ${e.name}: ${e.message}`, { retriable: true, cause: e });
  }
  return new PipelineError(`elasticsearch ${what}: ${(e as Error)?.message ?? String(e)}`, { retriable: false, cause: e });
}
