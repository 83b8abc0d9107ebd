/** Who the caller is: the token's role and label (any signed-in role; the explorer adapts what it offers). */
import { meAnswer } from '../../schema/session.ts';
import { defineRoute, type RouteDef } from '../route.ts';

export function meRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/me',
      summary:
        "The caller's role, token label and person (if the token names one), so a client offers what fits",
      tags: ['service'],
      access: 'viewer',
      usesDatabase: false,
      response: meAnswer,
      handler: ({ principal }) => ({
        role: principal!.role,
        label: principal!.label,
        ...(principal!.personId && { personId: principal!.personId }),
      }),
    }),
  ];
}
