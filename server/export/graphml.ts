/**
 * GraphML (graphml.graphdrawing.org): typed <key> declarations for every node and edge attribute, then the
 * nodes and edges with their <data>. Opens in Gephi, yEd, Cytoscape, NetworkX and igraph.
 */
import {
  attributeTypes,
  edgeAttributes,
  nodeAttributes,
  type AttributeType,
  type ExportAttributes,
  type ExportGraph,
} from './exportGraph.ts';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

export function toGraphml(graph: ExportGraph): string {
  const nodeKeys = attributeTypes(nodeAttributes(graph));
  const edgeKeys = attributeTypes(edgeAttributes(graph));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}">`,
    ...keyLines('node', nodeKeys),
    ...keyLines('edge', edgeKeys),
    `  <graph id="trellis" edgedefault="${graph.type === 'directed' ? 'directed' : 'undirected'}">`,
  ];
  graph.forEachNode((node, attributes) => {
    lines.push(`    <node id="${escapeXml(node)}">${dataElements('n', nodeKeys, attributes)}</node>`);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${dataElements('e', edgeKeys, attributes)}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

function keyLines(domain: 'node' | 'edge', keys: Map<string, AttributeType>): string[] {
  const prefix = domain === 'node' ? 'n' : 'e';
  return [...keys].map(
    ([name, type]) =>
      `  <key id="${prefix}_${escapeXml(name)}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`,
  );
}

function dataElements(
  prefix: string,
  keys: Map<string, AttributeType>,
  attributes: ExportAttributes,
): string {
  let out = '';
  for (const name of keys.keys()) {
    const value = attributes[name];
    if (value === null || value === undefined) continue;
    out += `<data key="${prefix}_${escapeXml(name)}">${escapeXml(String(value))}</data>`;
  }
  return out;
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const XML_FORBIDDEN = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '') // control characters XML 1.0 cannot hold
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
