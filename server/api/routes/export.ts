/**
 * Export of the explorer's graph (same query, same privacy floor) as GraphML, GEXF (Gephi) or CSV of nodes
 * and of edges with their metrics, sent as an attachment. The graph comes from the injected graph source,
 * the one GET /api/graph answers from.
 */
import { z } from 'zod';
import type { Principal } from '../../auth/roles.ts';
import { edgesCsv, nodesCsv } from '../../export/csv.ts';
import type { ExportGraph } from '../../export/exportGraph.ts';
import { exportFileName, exportGraphOf, type ExportFormat } from '../../export/fromGraphAnswer.ts';
import { toGexf } from '../../export/gexf.ts';
import { toGraphml } from '../../export/graphml.ts';
import { graphQuery, type GraphAnswer, type GraphQuery } from '../../schema/graph.ts';
import { defineRoute, type RouteDef } from '../route.ts';

/** The explorer's graph for a query and a caller (privacy floor included). */
export type GraphSource = (query: GraphQuery, principal: Principal) => Promise<GraphAnswer>;

interface Writer {
  format: ExportFormat;
  path: string;
  mediaType: string;
  summary: string;
  write: (graph: ExportGraph) => string;
}

const WRITERS: Writer[] = [
  {
    format: 'graphml',
    path: '/export/graph.graphml',
    mediaType: 'application/graphml+xml',
    summary: 'The explorer graph as GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph)',
    write: toGraphml,
  },
  {
    format: 'gexf',
    path: '/export/graph.gexf',
    mediaType: 'application/gexf+xml',
    summary: 'The explorer graph as GEXF 1.3 (Gephi)',
    write: toGexf,
  },
  {
    format: 'nodes.csv',
    path: '/export/nodes.csv',
    mediaType: 'text/csv',
    summary: 'The nodes of the explorer graph with their metrics, as CSV',
    write: nodesCsv,
  },
  {
    format: 'edges.csv',
    path: '/export/edges.csv',
    mediaType: 'text/csv',
    summary: 'The edges of the explorer graph with their strength, as CSV',
    write: edgesCsv,
  },
];

export function exportRoutes(deps: { graph: GraphSource }): RouteDef[] {
  return WRITERS.map((writer) =>
    defineRoute({
      method: 'get',
      path: writer.path,
      summary: writer.summary,
      description:
        'Takes the query of GET /api/graph and exports that page of the graph (person level needs the ' +
        'analyst role). The Trellis-Total-Nodes and Trellis-Truncated headers say whether more nodes match.',
      tags: ['export'],
      access: 'viewer',
      expensive: true,
      query: graphQuery,
      response: z.string().describe(`The ${writer.format} file`),
      produces: writer.mediaType,
      handler: async ({ query, principal, res }) => {
        const answer = await deps.graph(query, principal!);
        const body = writer.write(exportGraphOf(answer));
        res
          .attachment(exportFileName(answer, writer.format)) // before type(): it sets one from the extension
          .type(`${writer.mediaType}; charset=utf-8`)
          .set('Trellis-Total-Nodes', String(answer.page.totalNodes))
          .set('Trellis-Truncated', String(answer.page.truncated))
          .send(body);
        return undefined;
      },
    }),
  );
}
