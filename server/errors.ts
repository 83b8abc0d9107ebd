/**
 * Every error Trellis reports, in one table: a stable code, the HTTP status it maps to, a human title and what
 * to do about it. Tests match on the code, never the text. Thrown as TrellisError; the command line prints the
 * message alone (no stack trace), the HTTP layer turns it into application/problem+json.
 */
export const ERRORS = {
  config_invalid: {
    status: 500,
    title: 'Invalid configuration',
    hint: 'Fix the listed variables and start again.',
  },
  java_missing: {
    status: 500,
    title: 'Java 17 is not installed',
    hint: 'Install a Java 17 runtime (e.g. apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use your own Neo4j.',
  },
  maven_missing: {
    status: 500,
    title: 'Maven is not installed',
    hint: 'Install Maven (e.g. apt-get install maven) or set NEO4J_URI to use your own Neo4j.',
  },
  neo4j_fetch_failed: {
    status: 500,
    title: 'Could not fetch the Neo4j jars with Maven',
    hint: 'Check that Maven Central is reachable; the Maven output above names the failing artifact.',
  },
  port_busy: {
    status: 500,
    title: 'Port already in use',
    hint: 'Stop the process using it, or choose another port (PORT, NEO4J_BOLT_PORT).',
  },
  neo4j_start_timeout: {
    status: 500,
    title: 'The managed Neo4j did not come up in time',
    hint: 'See the Neo4j log named above; raise NEO4J_START_TIMEOUT_S on a slow machine.',
  },
  neo4j_start_failed: {
    status: 500,
    title: 'The managed Neo4j failed to start',
    hint: 'See the Neo4j log named above.',
  },
  neo4j_unreachable: {
    status: 503,
    title: 'Neo4j is not reachable',
    hint: 'Check that the database is running and NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are right.',
  },
  import_invalid: {
    status: 422,
    title: 'The import has invalid rows',
    hint: 'Fix the listed rows and import again.',
  },
  import_busy: {
    status: 409,
    title: 'Another import is running',
    hint: 'Wait for it to finish, then send this import again.',
  },
  import_too_large: {
    status: 413,
    title: 'The import is too large for one transaction',
    hint: 'Nothing was written. Give the database more memory (NEO4J_HEAP_MB; an import may use 60% of it) or import the data in parts.',
  },
  import_finishing: {
    status: 503,
    title: 'An import is finishing',
    hint: 'An import is making its data visible; try again in a few seconds.',
  },
  import_failed: {
    status: 500,
    title: 'The import failed and nothing was written',
    hint: 'The graph is as it was before; fix the cause named here and import again.',
  },
  unknown_ids: {
    status: 422,
    title: 'Unknown people or units',
    hint: 'The ids listed in `unknown` are not in the window; check them against /api/graph.',
  },
  not_a_brm: {
    status: 422,
    title: 'Not a business relationship manager',
    hint: 'A digest is for a BRM: ask for a person who is BRM for a department (BRM_FOR) in that week.',
  },
  not_found: {
    status: 404,
    title: 'Not found',
    hint: 'Check the path; the API is described at /api/openapi.json.',
  },
  input_unreadable: {
    status: 400,
    title: 'The input could not be read',
    hint: 'Check the path and the format.',
  },
  validation_failed: {
    status: 400,
    title: 'The request is not valid',
    hint: 'Fix the fields listed in errors[]; the API is described at /api/openapi.json.',
  },
  unauthorized: {
    status: 401,
    title: 'A valid bearer token is required',
    hint: 'Send Authorization: Bearer <token>; the local default admin token is in the data folder.',
  },
  forbidden: {
    status: 403,
    title: 'Your role does not allow this',
    hint: 'Ask an admin for a token with the role named in detail.',
  },
  write_refused: {
    status: 403,
    title: 'The console is read-only',
    hint: 'Neo4j refused a write in the read transaction; the console only reads.',
  },
  query_refused: {
    status: 403,
    title: 'The query is not allowed in the console',
    hint: 'The console runs read-only queries without LOAD CSV, administration or unlisted procedures.',
  },
  query_invalid: {
    status: 400,
    title: 'Neo4j could not run the query',
    hint: 'Check the syntax and parameters at the position named in detail.',
  },
  query_timeout: {
    status: 504,
    title: 'The query ran out of time',
    hint: 'Narrow the query (labels, a LIMIT, fewer cartesian products) and run it again.',
  },
  query_memory_limit: {
    status: 422,
    title: 'The query needs more memory than a console query may use',
    hint: 'Narrow the query or aggregate earlier.',
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    hint: 'Wait for the number of seconds in Retry-After.',
  },
  payload_too_large: {
    status: 413,
    title: 'The request body is too large',
    hint: 'Send a smaller body; imports have their own route and limit.',
  },
  unsupported_media_type: {
    status: 415,
    title: 'The request body has a media type this route does not take',
    hint: 'Send Content-Type: application/json (imports also take multipart/form-data of CSV files).',
  },
  database_unavailable: {
    status: 503,
    title: 'The database is not available right now',
    hint: 'Retry after the number of seconds in Retry-After; /api/ready says when it is back.',
  },
  shutting_down: {
    status: 503,
    title: 'The service is shutting down',
    hint: 'Retry in a moment.',
  },
  explorer_not_built: {
    status: 503,
    title: 'The explorer is not built',
    hint: 'Run npm run build (npm start builds it when needed); the API under /api works without it.',
  },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class TrellisError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'TrellisError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERRORS[this.code].status;
  }

  /** The message plus what to do, for a person at a terminal. */
  describe(): string {
    const entry = ERRORS[this.code];
    return `${entry.title}: ${this.message}\n→ ${entry.hint}`;
  }
}
