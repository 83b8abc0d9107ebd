/**
 * Messages between the map and its layout worker. Nodes travel as parallel typed arrays in the order of the
 * data message; positions come back in that order. `generation` counts every change sent, so the map knows a
 * "settled" that answers its latest change; `order` counts data messages, so positions are applied only to
 * the node order they belong to.
 */
import type { GraphLevel } from '../../server/schema/graph.ts';

export interface DataMessage {
  type: 'data';
  generation: number;
  order: number;
  fresh: boolean;
  level: GraphLevel;
  ids: string[];
  /** Each node's unit (person level: the layout pulls a unit's people together). */
  units: string[];
  x: Float64Array;
  y: Float64Array;
  radius: Float64Array;
  /** Link ends as node indexes, two per link. */
  ends: Int32Array;
  weights: Float64Array;
}

export interface RadiiMessage {
  type: 'radii';
  generation: number;
  radius: Float64Array;
}

export interface PinMessage {
  type: 'pin';
  generation: number;
  index: number;
  /** Null lets the node go. */
  at: [number, number] | null;
}

export type ToWorker = DataMessage | RadiiMessage | PinMessage;

export interface PositionsMessage {
  type: 'positions';
  generation: number;
  order: number;
  /** x and y of each node, interleaved. */
  xy: Float64Array;
  settled: boolean;
}
