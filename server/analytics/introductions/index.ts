/** Introductions worth making for a unit (issue 12): ranked person pairs across its boundary. */
export { introductions, type IntroductionOptions, type IntroductionsResult } from './introductions.ts';
export type { Candidate } from './candidates.ts';
export { adamicAdarFrom, type CommonContacts } from './adamicAdar.ts';
