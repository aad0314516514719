import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorCode } from '../../shared/errors';
import { ApiError, fromDatabaseError } from '../errors';

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation-failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation-failed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation-failed',
  FST_ERR_VALIDATION: 'validation-failed',
};

function validationCode(error: FastifyError): ErrorCode {
  // A malformed id in the path is its own code: the app can tell a broken
  // link from a broken form.
  const onId = error.validation?.some(
    (issue) => issue.instancePath === '/id' && issue.keyword === 'format',
  );
  return error.validationContext === 'params' && onId
    ? 'invalid-id'
    : 'validation-failed';
}

function toApiError(error: FastifyError): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error.validation) {
    return new ApiError(
      validationCode(error),
      `${error.validationContext ?? 'request'}${error.message.replace(/^\w+/, '')}`,
    );
  }
  if (error.statusCode === 429) {
    return new ApiError('rate-limited', 'Too many attempts; wait a minute.');
  }
  const code =
    error.code in fastifyCodes ? fastifyCodes[error.code] : undefined;
  if (code) return new ApiError(code, error.message);
  if (error.statusCode === 400 && error.code.startsWith('FST_ERR_CTP')) {
    return new ApiError('validation-failed', error.message);
  }
  return undefined;
}

/** Every error leaves as `{ error: { code, message } }`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError, request, reply) => {
    const error = fromDatabaseError(raw) as FastifyError;
    const known = toApiError(error);
    if (known) {
      if (known.statusCode >= 500)
        request.log.error({ err: error }, known.code);
      const { code, message, problems } = known;
      return reply
        .status(known.statusCode)
        .send({ error: { code, message, ...(problems && { problems }) } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      error: { code: 'internal-error', message: 'Something went wrong.' },
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'route-not-found',
        message: `No route ${request.method} ${request.url.split('?')[0] ?? ''}`,
      },
    }),
  );
}
