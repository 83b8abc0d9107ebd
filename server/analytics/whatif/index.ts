/** What if someone leaves (issue 12): the window without some people or units, against the window as it is. */
export { whatIf, type WhatIfInput, type WhatIfResult } from './whatIf.ts';
export { resolveRemoval, type Removal, type ResolvedRemoval } from './removal.ts';
export type { Disconnection, DisconnectionReason } from './disconnections.ts';
export type { UnitShift, Shift } from './unitShifts.ts';
export type { BetweennessRise } from './betweennessRises.ts';
