/** The query being edited, kept for this tab only (sessionStorage), so a reload or a visit to another view keeps it. */
import { PARAMETER_TYPES, type ParameterRow } from './parameters.ts';

const KEY = 'trellis.console';

export interface Draft {
  library: string | null;
  text: string;
  rows: ParameterRow[];
}

export function loadDraft(): Draft | null {
  try {
    const draft = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as Partial<Draft> | null;
    if (!draft || typeof draft.text !== 'string' || !Array.isArray(draft.rows)) return null;
    const rows = draft.rows.filter(
      (r): r is ParameterRow =>
        typeof r?.name === 'string' && typeof r.value === 'string' && PARAMETER_TYPES.includes(r.type),
    );
    return { library: typeof draft.library === 'string' ? draft.library : null, text: draft.text, rows };
  } catch {
    return null;
  }
}

export function saveDraft(draft: Draft): void {
  window.sessionStorage.setItem(KEY, JSON.stringify(draft));
}
