/** POST /api/whatif (contract: server/schema/whatif.ts) for one person or unit leaving, in the map's window. */
import type { WhatIfAnswer, WhatIfBody } from '../../server/schema/whatif.ts';
import type { ApiClient } from '../api/client.ts';

export type { WhatIfAnswer } from '../../server/schema/whatif.ts';

export interface Leaver {
  id: string;
  label: string;
  kind: 'person' | 'unit';
}

export function fetchWhatIf(
  api: ApiClient,
  leaver: Leaver,
  window: string,
  signal?: AbortSignal,
): Promise<WhatIfAnswer> {
  const remove: WhatIfBody['remove'] =
    leaver.kind === 'person' ? { people: [leaver.id], units: [] } : { people: [], units: [leaver.id] };
  return api.post<WhatIfAnswer>('/whatif', { window, remove }, signal);
}
