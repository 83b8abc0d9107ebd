/**
 * The state in the URL's fragment, e.g. `#/map?level=person&window=30d&node=p-12`: a link reproduces the
 * view. Values equal to the default are left out; anything unreadable falls back to its default (a shared
 * link from an older version still opens).
 */
import {
  COLOUR_BY,
  DEFAULT_STATE,
  LEVELS,
  PERSON_ROLES,
  RELATIONSHIP_SORTS,
  STAGES,
  UNIT_KINDS,
  VIEW_IDS,
  type ExplorerState,
} from './state.ts';
import { WINDOW_LENGTH } from '../../server/schema/windowRule.ts';

interface Codec<T> {
  key: string;
  parse(text: string): T | undefined;
  format(value: T): string;
}

type Params = Omit<ExplorerState, 'view'>;

const text = (key: string, pattern: RegExp): Codec<string> => ({
  key,
  parse: (value) => (pattern.test(value) ? value : undefined),
  format: (value) => value,
});
const oneOf = <T extends string>(key: string, values: readonly T[]): Codec<T> => ({
  key,
  parse: (value) => values.find((candidate) => candidate === value),
  format: (value) => value,
});
const listOf = <T extends string>(key: string, item: (value: string) => T | undefined): Codec<T[]> => ({
  key,
  parse: (value) => {
    const items = value.split(',').filter((part) => part.length > 0);
    const parsed = items.map(item);
    return parsed.every((entry) => entry !== undefined) ? (parsed as T[]) : undefined;
  },
  format: (value) => value.join(','),
});
const nullable = (codec: Codec<string>): Codec<string | null> => ({
  key: codec.key,
  parse: (value) => codec.parse(value),
  format: (value) => (value === null ? '' : codec.format(value)),
});
/** A list of exactly two items (or none, the default). */
const pairOf = (codec: Codec<string[]>): Codec<string[]> => ({
  ...codec,
  parse: (value) => {
    const items = codec.parse(value);
    return items && (items.length === 2 || items.length === 0) ? items : undefined;
  },
});
const memberOf =
  <T extends string>(values: readonly T[]) =>
  (value: string) =>
    values.find((candidate) => candidate === value);
const ID = /^[^,\s]{1,200}$/;
const idOf = (value: string) => (ID.test(value) ? value : undefined);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOf = (value: string) => (DATE.test(value) ? value : undefined);
/** A list of at most two items (a unit, or a pair of units). */
const upToTwo = (codec: Codec<string[]>): Codec<string[]> => ({
  ...codec,
  parse: (value) => {
    const items = codec.parse(value);
    return items && items.length <= 2 ? items : undefined;
  },
});
const SORT = new RegExp(`^-?(${RELATIONSHIP_SORTS.join('|')})$`);

const CODECS: { [K in keyof Params]: Codec<Params[K]> } = {
  level: oneOf('level', LEVELS),
  network: oneOf('network', ['behaviour', 'survey'] as const),
  window: text('window', WINDOW_LENGTH),
  colourBy: oneOf('colour', COLOUR_BY),
  sizeBy: nullable(text('size', /^[A-Za-z][\w.-]{0,80}$/)),
  node: nullable(text('node', /^.{1,200}$/s)),
  focus: {
    key: 'focus',
    parse: (v) => (v === '1' ? true : v === '0' ? false : undefined),
    format: (v) => (v ? '1' : '0'),
  },
  allTies: {
    key: 'ties',
    parse: (v) => (v === 'all' ? true : v === 'backbone' ? false : undefined),
    format: (v) => (v ? 'all' : 'backbone'),
  },
  unitKinds: listOf('kinds', memberOf(UNIT_KINDS)),
  units: listOf('units', idOf),
  roles: listOf('roles', memberOf(PERSON_ROLES)),
  minWeight: {
    key: 'minWeight',
    parse: (value) => (/^\d+(\.\d+)?$/.test(value) ? Number(value) : undefined),
    format: (value) => String(value),
  },
  relationship: pairOf(listOf('rel', idOf)),
  relSort: text('sort', SORT),
  relProvider: nullable(text('provider', ID)),
  relDepartment: nullable(text('department', ID)),
  relStage: {
    key: 'stage',
    parse: (value) => STAGES.find((stage) => stage === value),
    format: (value) => value ?? '',
  },
  relText: text('q', /^.{0,200}$/s),
  libraryQuery: nullable(text('query', /^\w{1,100}$/)),
  before: pairOf(listOf('before', dateOf)),
  after: pairOf(listOf('after', dateOf)),
  change: upToTwo(listOf('change', idOf)),
};

export function encodeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const [field, codec] of Object.entries(CODECS) as Array<[keyof Params, Codec<unknown>]>) {
    const formatted = codec.format(state[field]);
    if (formatted !== codec.format(DEFAULT_STATE[field])) params.set(codec.key, formatted);
  }
  const query = params.toString();
  return `#/${state.view}${query ? `?${query}` : ''}`;
}

export function decodeState(hash: string): ExplorerState {
  const match = /^#?\/?([^?]*)\??(.*)$/s.exec(hash);
  const view = VIEW_IDS.find((id) => id === match?.[1]) ?? DEFAULT_STATE.view;
  const params = new URLSearchParams(match?.[2] ?? '');
  const state: ExplorerState = { ...DEFAULT_STATE, view };
  for (const [field, codec] of Object.entries(CODECS) as Array<[keyof Params, Codec<unknown>]>) {
    const raw = params.get(codec.key);
    const parsed = raw === null ? undefined : codec.parse(raw);
    if (parsed !== undefined) (state as unknown as Record<string, unknown>)[field] = parsed;
  }
  return state;
}
