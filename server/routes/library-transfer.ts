import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorResponse } from '../../shared/schemas/common';
import {
  ImportResult,
  TransferQuery,
} from '../../shared/schemas/library-transfer';
import type { Caller } from '../auth/caller';
import { ApiError } from '../errors';
import { toLibraryCsv, toLibraryJson } from '../library-transfer/library-codec';
import { LibraryFileError } from '../library-transfer/library-file-error';
import {
  exportLibrary,
  importLibrary,
  readLibraryUpload,
} from '../library-transfer/library-transfer';

const security = [{ bearer: [] }];
const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  413: ErrorResponse,
};

/**
 * The library a caller may move in and out: their clinic's, for its
 * admins, or the global one, for superadmins.
 */
function transferScope(caller: Caller, scope: 'global' | 'org' | undefined) {
  const wanted = scope ?? (caller.organizationId ? 'org' : 'global');
  if (wanted === 'global' && caller.isSuperadmin) return null;
  if (wanted === 'org' && caller.organizationId && caller.role === 'admin') {
    return caller.organizationId;
  }
  throw new ApiError(
    'library-transfer-forbidden',
    wanted === 'global'
      ? 'Only platform superadmins export or import the global library.'
      : 'Only clinic admins export or import the clinic library.',
  );
}

export const libraryTransferRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Uploads are read as text whatever they claim to be: each format has
  // its own parser, which reports problems by line and row.
  app.addContentTypeParser(
    ['application/json', 'text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: 16 * 1024 * 1024 },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.get(
    '/v1/library/export',
    {
      schema: {
        tags: ['library'],
        summary: 'Download a library as JSON or CSV (admins, superadmins)',
        security,
        querystring: TransferQuery,
        response: { 200: Type.String(), ...errors },
      },
    },
    async (request, reply) => {
      const format = request.query.format ?? 'json';
      if (format === 'free-exercise-db') {
        throw new ApiError('validation-failed', 'Export is JSON or CSV.');
      }
      const exercises = await request.asCaller(
        (client, caller) =>
          exportLibrary(client, transferScope(caller, request.query.scope)),
        { readOnly: true },
      );
      const csv = format === 'csv';
      return reply
        .type(csv ? 'text/csv; charset=utf-8' : 'application/json')
        .header(
          'content-disposition',
          `attachment; filename="motus-library.${format}"`,
        )
        .send(csv ? toLibraryCsv(exercises) : toLibraryJson(exercises));
    },
  );

  app.post(
    '/v1/library/import',
    {
      schema: {
        tags: ['library'],
        summary: 'Import a library file (Motus JSON or CSV, free-exercise-db)',
        description:
          'Matched by slug: new exercises are added, changed ones rewritten, ' +
          'the rest left alone. free-exercise-db rows arrive as drafts. A ' +
          'file with any problem is refused whole, with every problem listed.',
        security,
        querystring: TransferQuery,
        body: Type.String({ maxLength: 16 * 1024 * 1024 }),
        response: { 200: ImportResult, ...errors },
      },
    },
    async (request) => {
      const format = request.query.format ?? 'json';
      return request.asCaller(async (client, caller) => {
        const organizationId = transferScope(caller, request.query.scope);
        try {
          const upload = readLibraryUpload(format, request.body);
          const counts = await importLibrary(
            client,
            { organizationId, createdBy: caller.userId },
            upload.exercises,
            upload.status,
          );
          return { ...counts, report: upload.report };
        } catch (error) {
          if (!(error instanceof LibraryFileError)) throw error;
          throw new ApiError(
            'library-file-invalid',
            error.message,
            error.problems,
          );
        }
      });
    },
  );
};
