/** The API's error body: `{statusCode, error, message, details?}` (see apps/api/src/errors). */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

/** 400: the problems of each field, keyed by its path (`applicant.nip`, `days.0.date`). */
export interface FieldProblems {
  fields: Record<string, string[]>;
}

/** 409: the revision the user acted on and the one the case has now. */
export interface RevisionConflict {
  expectedRevision: number;
  actualRevision: number;
}

/** 422: the state the case is in and what the user may do in it. */
export interface NotAllowedNow {
  state: string;
  allowedActions: string[];
}

/** A refused request (status from the server), or 0 when the server could not be reached. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
  }

  get fields(): Record<string, string[]> {
    const details = this.body?.details as Partial<FieldProblems> | undefined;
    return this.status === 400 && details?.fields !== undefined ? details.fields : {};
  }

  get conflict(): RevisionConflict | undefined {
    return this.status === 409 ? (this.body?.details as RevisionConflict | undefined) : undefined;
  }

  get notAllowedNow(): NotAllowedNow | undefined {
    return this.status === 422 ? (this.body?.details as NotAllowedNow | undefined) : undefined;
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorBody).statusCode === 'number' &&
    typeof (value as ApiErrorBody).message === 'string'
  );
}

/** What an openapi-fetch call gave back: the data, or an ApiProblem thrown. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ApiProblem(
    result.response.status,
    isErrorBody(result.error) ? result.error : undefined,
  );
}

/** Runs a request; a network failure becomes ApiProblem 0 ("cannot reach the server"). */
export async function request<T>(
  call: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(0, undefined);
  }
  return unwrap(result);
}
