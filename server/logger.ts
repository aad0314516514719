import type { FastifyServerOptions } from 'fastify';

/**
 * Paths pino blanks in every log line. Bodies are never logged, but these
 * stay redacted should a handler log an object that carries them.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  '*.password',
  '*.password_hash',
  '*.access_token',
  '*.refresh_token',
  '*.email',
  'password',
  'email',
];

export function loggerOptions(
  level: string,
  destination?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    // Requests are logged by method and path only: query strings hold
    // what clinicians type into search, which is nobody else's business.
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
      }),
    },
    ...(destination ? { stream: destination } : {}),
  };
}
