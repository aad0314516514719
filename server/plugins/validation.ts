import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const shared: Options = {
  // Unknown fields are an error, never silently dropped.
  removeAdditional: false,
  useDefaults: true,
  allErrors: false,
  strict: false,
};

/** A compiler with the server's rules and formats, for checks in code. */
export function compilerWith(options: Options): Ajv {
  const ajv = new Ajv({ ...shared, ...options });
  addFormats(ajv, ['uuid', 'uri', 'date-time', 'email']);
  return ajv;
}

/**
 * Query strings and path parameters arrive as text and are coerced to the
 * schema's types ("limit=20" is 20); a JSON body must already carry the
 * right types, so "5" where a number belongs is a 400.
 */
export function installValidation(app: FastifyInstance): void {
  const bodies = compilerWith({ coerceTypes: false });
  const urls = compilerWith({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? bodies : urls).compile(schema),
  );
}
