/**
 * A BRM's week (server/schema/digest.ts) from what server/analytics/digest/gather.ts gathered: sections of
 * lines, each line in words with its link into the explorer, new-this-week lines first. Person-level (the
 * route is for analysts): people are named.
 */
import type { DigestInputs } from '../analytics/digest/gather.ts';
import type { DigestAnswer, DigestLine, DigestSectionId } from '../schema/digest.ts';
import { actionLines, proposeAction } from './digest/actionLines.ts';
import { isolationLines, failureLines } from './digest/networkLines.ts';
import { maturityLines, stageLines } from './digest/relationshipLines.ts';
import { introductionLines, promiseLines } from './digest/weekLines.ts';
import { valueLines } from './digest/valueLines.ts';
import { brmRoleLines, governanceLines } from './digest/governanceLines.ts';
import { unitNamer } from './nodeFlags.ts';
import { windowAnswer } from './windowAnswer.ts';

const SECTIONS: Record<DigestSectionId, { title: string; empty: string }> = {
  stages: {
    title: 'Relationships declining or dormant',
    empty: 'No relationship of yours is declining or dormant.',
  },
  promises: {
    title: 'Promises broken or overdue this week',
    empty: 'Every promise that came due this week was kept.',
  },
  isolation: { title: 'Isolated departments', empty: 'None of your departments is flagged isolated.' },
  maturity: {
    title: 'Maturity below target',
    empty: 'Every relationship of yours is at or above its target maturity.',
  },
  failures: {
    title: 'Single points of failure',
    empty: 'No one person alone connects your departments to another unit.',
  },
  introductions: {
    title: 'Introductions worth making',
    empty: 'None needed: no department of yours is isolated or hangs on one person.',
  },
  value: {
    title: 'Value leaking',
    empty: 'No relationship of yours is leaking a large share of the benefit that was due.',
  },
  governance: {
    title: 'Governance gaps',
    empty: 'Every relationship of yours has a purpose, a BRM, a target and feedback from both sides.',
  },
  brmRole: {
    title: 'Your role as BRM',
    empty: 'No assignment of yours in the window to read a role from.',
  },
  actions: {
    title: 'Actions you took and what followed',
    empty: 'No action on your departments has been marked taken yet.',
  },
};

export function digestView(inputs: DigestInputs): DigestAnswer {
  const { current, previous, departments } = inputs;
  const name = unitNamer(current.graphs);
  const windows = { current, previous, served: new Set(departments.map((d) => d.id)), name };
  const lines: Record<DigestSectionId, DigestLine[]> = {
    stages: stageLines(windows),
    promises: promiseLines(inputs.promises, name),
    isolation: isolationLines(windows),
    maturity: maturityLines(windows),
    failures: failureLines(windows),
    introductions: introductionLines(current, inputs.introductions),
    value: valueLines(windows),
    governance: governanceLines(windows),
    brmRole: brmRoleLines(current, inputs.brm.id),
    actions: actionLines(inputs.actions, inputs.week.week),
  };
  return {
    brm: inputs.brm,
    week: { from: inputs.week.week.from.toISOString(), to: inputs.week.week.to.toISOString() },
    window: windowAnswer(current.window),
    previous: windowAnswer(previous.window),
    departments,
    sections: (Object.keys(SECTIONS) as DigestSectionId[]).map((id) => ({
      id,
      ...SECTIONS[id],
      lines: lines[id].map((line) => proposeAction(id, line, current)),
    })),
  };
}
