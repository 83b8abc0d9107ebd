/** Who the caller is: the token's role and label (any signed-in role; the explorer adapts what it offers). */
import { meAnswer } from '../../schema/session.ts';
import { defineRoute, type RouteDef } from '../route.ts';

export function meRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/me',
      summary: "The caller's role and token label, so a client offers only what the role may use",
      tags: ['service'],
      access: 'viewer',
      usesDatabase: false,
      response: meAnswer,
      handler: ({ principal }) => ({ role: principal!.role, label: principal!.label }),
    }),
  ];
}
