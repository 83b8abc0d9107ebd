/**
 * The import rule of ARCHITECTURE.md, checked on every `npm test` (`npm run lint:imports`) by
 * dependency-cruiser. Layers, lowest first — a module imports its own layer and the ones below, never above:
 *
 *   schema  ←  base (errors, log, config, prng)  ←  db, auth  ←  import, analytics, console
 *           ←  views, export  ←  api  ←  main (main.ts, demo.ts, cli/, explorer/)
 *
 * seed/ and bench/ stand beside main: they may import the server, the server never imports them (only the
 * entry points load the demo org). client/ imports the server only from server/schema (types and rules).
 * No circular imports, type-only imports included.
 */
const SCHEMA = '^server/schema/';
const BASE = '^server/(errors|log|config|prng)[.]ts$';
const MAIN = '^server/(main|demo)[.]ts$|^server/(cli|explorer)/';
const ABOVE_API = MAIN;
const ABOVE_VIEWS = `^server/api/|${ABOVE_API}`;
const ABOVE_CORE = `^server/(views|export)/|${ABOVE_VIEWS}`;
const ABOVE_DB = `^server/(import|analytics|console)/|${ABOVE_CORE}`;
const OURS = '^(server|client|seed|bench|test)/';

/** Layer rule: modules matching `from` must not import modules matching `to`. */
const below = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});

export default {
  forbidden: [
    {
      name: 'schema-imports-only-schema',
      comment:
        'server/schema is the contract the client shares: it imports nothing of ours but server/schema.',
      severity: 'error',
      from: { path: SCHEMA },
      to: { path: OURS, pathNot: SCHEMA },
    },
    {
      name: 'base-imports-only-schema',
      comment: 'errors, log, config and the PRNG are the base every layer uses: they import only the schema.',
      severity: 'error',
      from: { path: BASE },
      to: { path: OURS, pathNot: `${SCHEMA}|${BASE}` },
    },
    below(
      'db-below-analytics',
      'server/db and server/auth never import a layer above them.',
      '^server/(db|auth)/',
      ABOVE_DB,
    ),
    below(
      'analytics-below-views',
      'server/import, server/analytics and server/console never import views, export, api or the entry points.',
      '^server/(import|analytics|console)/',
      ABOVE_CORE,
    ),
    below(
      'views-below-api',
      'server/views and server/export never import the api or the entry points.',
      '^server/(views|export)/',
      ABOVE_VIEWS,
    ),
    below('api-below-main', 'server/api never imports the entry points.', '^server/api/', ABOVE_API),
    {
      name: 'server-never-imports-seed',
      comment:
        'seed/ stands beside main: only the entry points (main.ts via demo.ts, cli/) load the demo org.',
      severity: 'error',
      from: { path: '^server/', pathNot: MAIN },
      to: { path: '^seed/' },
    },
    {
      name: 'nothing-imports-bench',
      comment: 'bench/ stands beside main: nothing imports it.',
      severity: 'error',
      from: { pathNot: '^bench/' },
      to: { path: '^bench/' },
    },
    {
      name: 'server-and-seed-never-import-client-or-tests',
      comment: 'The service and the generator never reach into the explorer or the tests.',
      severity: 'error',
      from: { path: '^(server|seed)/' },
      to: { path: '^(client|test)/' },
    },
    {
      name: 'client-imports-server-only-from-schema',
      comment: 'The explorer imports the server only from server/schema (types and rules).',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(server|seed|bench|test)/', pathNot: SCHEMA },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only imports included: split out what both sides need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^client/dist/|node_modules' },
    // Type-only imports count: a cycle or an upward import through types couples the modules all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
