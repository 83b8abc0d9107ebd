import { describe, expect, it } from 'vitest';
import { parametersOf, parameterValue, rowsFromLibrary } from '../../../client/console/parameters.ts';
import { errorPosition } from '../../../client/console/errorBox.ts';
import { consoleRequest } from '../../../client/console/request.ts';
import { formatCell, graphAnswerOf } from '../../../client/console/resultData.ts';

describe('console parameters', () => {
  it('turns typed text into the values the request carries', () => {
    expect(parameterValue('int', ' 25 ')).toEqual({ ok: true, value: 25 });
    expect(parameterValue('float', '0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parameterValue('boolean', 'false')).toEqual({ ok: true, value: false });
    expect(parameterValue('datetime', '2025-01-01T00:00:00Z')).toEqual({
      ok: true,
      value: '2025-01-01T00:00:00Z',
    });
    expect(parameterValue('json', '["a", 1]')).toEqual({ ok: true, value: ['a', 1] });
    expect(parameterValue('string', ' keep spaces ')).toEqual({ ok: true, value: ' keep spaces ' });
  });

  it('says what a value should look like when it is not one', () => {
    for (const [type, text] of [
      ['int', '2.5'],
      ['int', '99999999999999999999'],
      ['float', ''],
      ['boolean', 'yes'],
      ['date', '2026-13-45'],
      ['datetime', '2026-01-01'],
      ['json', '{oops'],
    ] as const)
      expect(parameterValue(type, text).ok, `${type} ${text}`).toBe(false);
  });

  it('collects rows into parameters and names every problem', () => {
    const { parameters, problems } = parametersOf([
      { name: 'top', type: 'int', value: '20' },
      { name: '', type: 'string', value: '' },
      { name: '1bad', type: 'string', value: 'x' },
      { name: 'flag', type: 'boolean', value: 'maybe' },
      { name: 'top', type: 'int', value: '3' },
    ]);
    expect(parameters).toEqual({ top: 3 });
    expect(problems).toHaveLength(3);
    expect(problems.join(' ')).toMatch(/1bad.*\$flag needs true or false.*\$top is given twice/);
  });

  it('fills rows from a library query with their defaults', () => {
    expect(
      rowsFromLibrary([
        { name: 'top', type: 'int', default: 20, description: '' },
        { name: 'unit', type: 'string', description: '' },
      ]),
    ).toEqual([
      { name: 'top', type: 'int', value: '20' },
      { name: 'unit', type: 'string', value: '' },
    ]);
  });
});

describe('console results', () => {
  const node = (id: string, labels: string[], properties: Record<string, unknown>) => ({
    elementId: id,
    labels,
    properties,
  });
  it('shows nodes, relationships, lists and maps as short text', () => {
    expect(formatCell(node('1', ['Unit', 'Department'], { name: 'Sales' }))).toBe('(:Unit:Department Sales)');
    expect(
      formatCell({ elementId: 'r', type: 'PART_OF', startElementId: '1', endElementId: '2', properties: {} }),
    ).toBe('[:PART_OF]');
    expect(formatCell([1, null, 'a'])).toBe('[1, null, a]');
    expect(formatCell({ a: 1 })).toBe('{"a":1}');
    expect(formatCell('x'.repeat(500))).toHaveLength(160);
  });

  it('gives the map a graph: nodes grouped by first label, relationships as ties with their types', () => {
    const graph = graphAnswerOf({
      nodes: [node('1', ['Unit'], { id: 'sales' }), node('2', ['Person'], { name: 'Ana' })],
      relationships: [
        { elementId: 'r', type: 'MEMBER_OF', startElementId: '2', endElementId: '1', properties: {} },
      ],
    });
    expect(graph.answer.level).toBe('unit');
    expect(graph.answer.nodes.map((n) => [n.id, n.label, n.unit])).toEqual([
      ['1', 'sales', 'Unit'],
      ['2', 'Ana', 'Person'],
    ]);
    expect(graph.answer.edges).toEqual([{ source: '2', target: '1', weight: 1, engagements: 0 }]);
    expect(graph.typesBetween('1', '2')).toEqual(['MEMBER_OF']);
  });
});

describe('console request', () => {
  it('sends the text, typed parameters and the row cap', () => {
    expect(
      consoleRequest({ text: 'RETURN $top', rows: [{ name: 'top', type: 'int', value: '5' }], limit: '50' }),
    ).toEqual({ ok: true, request: { query: 'RETURN $top', parameters: { top: 5 }, limit: 50 } });
    expect(consoleRequest({ text: 'RETURN 1', rows: [], limit: '' })).toEqual({
      ok: true,
      request: { query: 'RETURN 1', parameters: {}, limit: undefined },
    });
  });

  it('sends nothing for an empty query or a $name without a value, and says why', () => {
    expect(consoleRequest({ text: '  ', rows: [], limit: '' })).toMatchObject({
      ok: false,
      failure: { title: 'Nothing to run' },
    });
    const missing = consoleRequest({ text: "MATCH (p {id: $id}) RETURN '$not'", rows: [], limit: '' });
    expect(missing).toMatchObject({ ok: false, failure: { title: 'The parameters cannot be sent' } });
    expect(!missing.ok && missing.failure.detail).toContain('$id without a value');
  });

  it('reads the position of a syntax error from the detail', () => {
    expect(errorPosition('Neo4j could not run the query (syntax error at line 3, column 21).')).toEqual({
      line: 3,
      column: 21,
    });
    expect(errorPosition('only read-only queries are allowed')).toBeNull();
  });
});
