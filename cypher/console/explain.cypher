// The console's plan gate: this keyword is put before the analyst's query so Neo4j plans it without running
// it; the plan's query type and operators decide whether the query may run (server/console/planGate.ts).
EXPLAIN
