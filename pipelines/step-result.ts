// A pipeline step returns a tagged result instead of throwing, so the caller decides
// between forwarding, dead-lettering and (rarely) dropping, and never loses a message by accident.
export type StepResult<T> =
  | { tag: 'ok'; value: T }
  | { tag: 'dlq'; reason: string }
  | { tag: 'drop'; reason: string };

export const ok = <T>(value: T): StepResult<T> => ({ tag: 'ok', value });
export const dlq = <T = never>(reason: string): StepResult<T> => ({ tag: 'dlq', reason });
export const drop = <T = never>(reason: string): StepResult<T> => ({ tag: 'drop', reason });

/** Errors from adapters say whether a retry can help. */
export class PipelineError extends Error {
  readonly retriable: boolean;
  constructor(message: string, opts: { retriable: boolean; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.name = 'PipelineError';
    this.retriable = opts.retriable;
  }
}

/** Format zod issues as "field.path: message" so a DLQ reason names the field. */
export function formatIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
