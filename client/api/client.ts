/**
 * Calls to the Trellis API with the signed-in token. Failures arrive as ApiError, carrying the server's
 * problem+json (title, detail, field errors) so the shell can show them as they are; a 401 also tells the
 * shell to ask for a token again.
 */
import type { FieldError, Problem } from '../../server/schema/problem.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly code: string,
    readonly errors: FieldError[] = [],
    /** The Neo4j status code behind a console error, when the server names one. */
    readonly neo4jCode?: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }
}

export type QueryParams = Record<string, string | undefined>;

export interface ApiClientOptions {
  token: () => string | null;
  /** Called on a 401 (unknown or missing token) before the error is thrown. */
  onUnauthorized: (error: ApiError) => void;
}

export class ApiClient {
  constructor(private readonly options: ApiClientOptions) {}

  get<T>(path: string, params: QueryParams = {}, signal?: AbortSignal): Promise<T> {
    const query = new URLSearchParams(
      Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ).toString();
    return this.request<T>(`${path}${query ? `?${query}` : ''}`, { signal });
  }

  /** A JSON body to `path` (e.g. the Cypher console). */
  post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.request<T>(path, { method: 'POST', body: JSON.stringify(body), signal });
  }

  private async request<T>(path: string, init: RequestInit): Promise<T> {
    const headers = new Headers({ accept: 'application/json' });
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    const token = this.options.token();
    if (token) headers.set('authorization', `Bearer ${token}`);
    const response = await fetch(`/api${path}`, { ...init, headers });
    if (response.ok) return (await response.json()) as T;
    const error = await problemOf(response);
    if (response.status === 401) this.options.onUnauthorized(error);
    throw error;
  }
}

async function problemOf(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as Partial<Problem>;
      return new ApiError(
        response.status,
        problem.title ?? `HTTP ${response.status}`,
        problem.detail,
        problem.code ?? 'unknown',
        problem.errors ?? [],
        problem.neo4jCode,
      );
    } catch {
      // fall through: a body that is not the JSON it claims to be
    }
  }
  return new ApiError(
    response.status,
    `HTTP ${response.status} ${response.statusText}`.trim(),
    undefined,
    'unknown',
  );
}

/** A failure as the user should read it: the server's title and detail, or what went wrong on the way. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'The server could not be reached', message, 'network');
}
