/**
 * The analytics options that shape the derived graphs (DESIGN §3.1), in one place: κ weighs engagement kinds,
 * the half-life lets recent activity count more (0 = no decay).
 */
export interface TieOptions {
  kappa: Record<'meeting' | 'transaction' | 'support' | 'community', number>;
  halfLifeDays: number;
}

export const DEFAULT_TIE_OPTIONS: TieOptions = {
  kappa: { meeting: 1, transaction: 1, support: 0.5, community: 0.3 },
  halfLifeDays: 30,
};
