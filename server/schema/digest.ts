/**
 * GET /api/digest and `npm run digest`: a BRM's week. For the departments the BRM serves (BRM_FOR), what needs
 * them: relationships declining or dormant (and whether they turned so this week), promises broken or overdue,
 * units newly isolated, maturity below target with the indicators holding it back, new single points of
 * failure, the introductions worth making, and the relationships leaking the most value. Each line links into the explorer (a `#/…` fragment).
 */
import { z } from 'zod';
import { ACTION_KINDS, ACTION_METRICS } from './actions.ts';
import { windowAnswer } from './window.ts';

const ID = /^[^\s,]{1,200}$/;

export const digestQuery = z.object({
  brm: z
    .string()
    .regex(ID, 'a person id')
    .optional()
    .describe('The BRM (a person id); a token that names its person may leave it out and gets its own'),
  week: z.iso
    .date()
    .optional()
    .describe('First day of the week (7 days from it); default: the week ending with the newest engagement'),
});
export type DigestQuery = z.infer<typeof digestQuery>;

export const DIGEST_SECTIONS = [
  'stages',
  'promises',
  'isolation',
  'maturity',
  'failures',
  'introductions',
  'value',
  'governance',
  'brmRole',
  'actions',
] as const;
export type DigestSectionId = (typeof DIGEST_SECTIONS)[number];

export const digestLine = z.object({
  text: z.string().describe('The line in words'),
  link: z.string().describe('Where it is in the explorer: a fragment such as #/relationships?rel=…'),
  /** True when it is new this week (e.g. a relationship that turned declining since a week before). */
  isNew: z.boolean(),
  units: z.array(z.string()).describe('The units the line is about'),
  people: z.array(z.string()).describe('The people the line is about'),
  proposal: z
    .object({
      kind: z.enum(ACTION_KINDS),
      metric: z.enum(ACTION_METRICS),
      units: z.array(z.string()),
      people: z.array(z.string()),
      relationship: z.object({ providerId: z.string(), departmentId: z.string() }).optional(),
    })
    .optional()
    .describe('What "Mark as taken" posts to /api/actions for this line (with the day it was taken)'),
});
export type DigestLine = z.infer<typeof digestLine>;

export const digestSection = z.object({
  id: z.enum(DIGEST_SECTIONS),
  title: z.string(),
  /** What the section looks at, for an empty one ("nothing this week") to say so. */
  empty: z.string(),
  lines: z.array(digestLine),
});
export type DigestSection = z.infer<typeof digestSection>;

export const digestAnswer = z.object({
  brm: z.object({ id: z.string(), name: z.string() }),
  week: z.object({ from: z.string(), to: z.string() }).describe('[from, to) as ISO date-times'),
  /** The window the week's end is judged on; `previous` the same length ending a week earlier. */
  window: windowAnswer,
  previous: windowAnswer,
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
  sections: z.array(digestSection),
});
export type DigestAnswer = z.infer<typeof digestAnswer>;
