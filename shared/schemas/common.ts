import { Type, type Static } from 'typebox';
import { errorStatuses, type ErrorCode } from '../errors';

export const Uuid = Type.String({ format: 'uuid' });

export const IdParams = Type.Object(
  { id: Uuid },
  { additionalProperties: false },
);
export type IdParams = Static<typeof IdParams>;

export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.Enum(Object.keys(errorStatuses) as ErrorCode[]),
    message: Type.String(),
    problems: Type.Optional(
      Type.Array(
        Type.Object({
          row: Type.Optional(Type.Integer()),
          line: Type.Optional(Type.Integer()),
          message: Type.String(),
        }),
      ),
    ),
  }),
});
export type ErrorResponse = Static<typeof ErrorResponse>;

export const Timestamp = Type.String({ format: 'date-time' });

/** A string a person typed: trimmed by the client, never empty. */
export function Text(maxLength: number) {
  return Type.String({ minLength: 1, maxLength });
}

export function Nullable<T extends Parameters<typeof Type.Union>[0][number]>(
  schema: T,
) {
  return Type.Union([schema, Type.Null()]);
}
