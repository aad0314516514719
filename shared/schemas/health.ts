import { Type, type Static } from 'typebox';

export const HealthResponse = Type.Object({
  status: Type.Enum(['ok', 'degraded']),
  database: Type.Enum(['ok', 'unreachable']),
  version: Type.String(),
  exercises: Type.Object({
    /** Published global exercises: the size of the platform library. */
    global: Type.Integer(),
  }),
});
export type HealthResponse = Static<typeof HealthResponse>;
