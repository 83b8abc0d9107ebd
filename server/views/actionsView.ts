/**
 * Actions marked taken and what followed (server/schema/actions.ts), in words: what was measured, its value in
 * the period before and after, which way it moved, always with the caveat that it is an observation, not
 * proof of cause. Used by GET/POST /api/actions and the digest's "Actions you took and what followed".
 */
import type { ComputedEffect } from '../analytics/actions/effects.ts';
import { MIN_EFFECT_DAYS } from '../analytics/actions/effectWindows.ts';
import type { StoredAction } from '../analytics/actions/store.ts';
import {
  EFFECT_CAVEAT,
  type ActionEffect,
  type ActionRecord,
  type ActionsAnswer,
} from '../schema/actions.ts';

export type ActionWithEffect = StoredAction & { effect: ComputedEffect };

export function actionsView(actions: ActionWithEffect[], asOf: Date): ActionsAnswer {
  return {
    asOf: asOf.toISOString().slice(0, 10),
    caveat: `What followed each action: ${EFFECT_CAVEAT.toLowerCase()}`,
    actions: actions.map(actionRecordView),
  };
}

export function actionRecordView(action: ActionWithEffect): ActionRecord {
  const { effect, ...stored } = action;
  return { ...stored, effect: effectView(action, effect) };
}

/** What was measured, in words: "isolation score of Sales". */
export function measureWords(action: StoredAction): string {
  const unit = action.units[0]?.name ?? 'the unit';
  const pair = action.relationship
    ? `${action.relationship.provider.name} → ${action.relationship.department.name}`
    : 'the relationship';
  switch (action.metric) {
    case 'isolation':
      return `isolation score of ${unit}`;
    case 'reach':
      return `units ${unit} reaches`;
    case 'brokerShare':
      return `share of units ${unit} reaches only through one person`;
    case 'trust':
      return `trust of ${pair}`;
    case 'stage':
      return `stage of ${pair}`;
  }
}

/** What the action was, in words: "introduced Ana Lima to Chen Wei". */
export function actionWords(action: StoredAction): string {
  const [a, b] = action.people;
  if (action.kind === 'introduction')
    return `introduced ${a?.name ?? 'someone forgotten'} to ${b?.name ?? 'someone forgotten'}`;
  return `acted on the ${measureWords(action)}`;
}

const shown = (value: number | string | null, metric: StoredAction['metric']) =>
  value === null
    ? 'none'
    : typeof value === 'string'
      ? value
      : metric === 'reach'
        ? String(value)
        : value.toFixed(2);

function effectView(action: StoredAction, effect: ComputedEffect): ActionEffect {
  const measure = measureWords(action);
  const base = {
    status: effect.status,
    measure,
    days: effect.periods?.days ?? 0,
    periods: effect.periods ? { before: effect.periods.before, after: effect.periods.after } : null,
    values: { before: effect.before, after: effect.after },
    delta: effect.delta,
    direction: effect.direction,
    level: effect.level,
    caveat: EFFECT_CAVEAT,
  };
  if (effect.status === 'tooEarly')
    return {
      ...base,
      text: `Too early to tell: fewer than ${MIN_EFFECT_DAYS} days since ${action.takenAt}.`,
    };
  if (effect.status === 'noData')
    return { ...base, text: `No ${measure} in either period: there was no activity to measure.` };
  const level = effect.level
    ? `; engagements per 30 days ${effect.level.before.toFixed(1)} → ${effect.level.after.toFixed(1)}` +
      (effect.change ? ` (${effect.change})` : '')
    : '';
  const moved = `${shown(effect.before, action.metric)} → ${shown(effect.after, action.metric)}`;
  return {
    ...base,
    text:
      `${capital(measure)}: ${moved} (${effect.direction})${level}, the ${base.days} days after ` +
      `${action.takenAt} against the ${base.days} days before.`,
  };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
