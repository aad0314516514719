import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyRequest } from 'fastify';
import { ErrorResponse } from '../../shared/schemas/common';
import {
  instructionImageContent,
  InstructionImageParams,
  instructionImageMaxBytes,
  instructionImagesPath,
  instructionImageTypes,
  InstructionImageUploaded,
  isInstructionImageType,
  type InstructionImageExtension,
} from '../../shared/schemas/media';
import type { Caller } from '../auth/caller';
import { ApiError } from '../errors';
import { hasImageSignature } from '../media/image-signatures';
import {
  instructionImageStore,
  type ImageFolder,
} from '../media/instruction-image-store';

const mediaTypeOf = Object.fromEntries(
  Object.entries(instructionImageTypes).map(([type, ext]) => [ext, type]),
) as Record<InstructionImageExtension, string>;

// Thirty a minute for one account: plenty for a clinician illustrating
// an exercise step by step, little for a script filling the disk. It is
// counted in onRequest, after the token is read and before the body is.
const uploadLimit = {
  max: 30,
  timeWindow: 60_000,
  keyGenerator: (request: FastifyRequest) =>
    `instruction-images:${request.user.sub}`,
};

function unsupportedType(): ApiError {
  return new ApiError(
    'image-type-unsupported',
    'Attach a PNG, JPEG or WebP image.',
  );
}

/** Clinic staff upload for their clinic, superadmins for the platform. */
function folderFor(caller: Caller): ImageFolder {
  if (caller.organizationId && caller.role) return caller.organizationId;
  if (caller.isSuperadmin) return 'global';
  throw new ApiError('no-organization', 'You are not signed in to a clinic.');
}

/**
 * The image's address as this request reached the server, so the app
 * loads it from the origin its Content-Security-Policy allows. Behind a
 * TLS proxy this says http unless the server is told to trust the proxy.
 */
function imageUrl(request: FastifyRequest, folder: string, file: string) {
  const path = `${instructionImagesPath}/${folder}/${file}`;
  try {
    return new URL(path, `${request.protocol}://${request.host}`).href;
  } catch {
    throw new ApiError('validation-failed', 'The Host header is not valid.');
  }
}

export const mediaRoutes: FastifyPluginAsyncTypebox<{
  mediaDir: string;
}> = async (app, { mediaDir }) => {
  const store = instructionImageStore(mediaDir);

  // In this plugin only: the three image types arrive as a buffer, and
  // anything else is refused unread rather than parsed as JSON or text.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    Object.keys(instructionImageTypes),
    { parseAs: 'buffer', bodyLimit: instructionImageMaxBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );
  app.addContentTypeParser('*', (_request, _payload, done) => {
    done(unsupportedType());
  });

  app.post(
    instructionImagesPath,
    {
      bodyLimit: instructionImageMaxBytes,
      config: { rateLimit: uploadLimit },
      schema: {
        tags: ['media'],
        summary: 'Upload a picture for an exercise instruction',
        description:
          'The body is the image file (PNG, JPEG or WebP, at most 5 MiB) ' +
          'with its Content-Type. Returns the address to put in an ' +
          "instruction's image_url. Clinic staff and superadmins.",
        security: [{ bearer: [] }],
        body: { content: instructionImageContent<Buffer>() },
        response: {
          201: InstructionImageUploaded,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          413: ErrorResponse,
          415: ErrorResponse,
          429: ErrorResponse,
        },
      },
      // Fastify's own 413 names no image; this one tells the clinician.
      errorHandler: (error: FastifyError) => {
        if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw error;
        throw new ApiError(
          'image-too-large',
          'The image is larger than 5 MB; attach a smaller one.',
        );
      },
    },
    async (request, reply) => {
      const declared = (request.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim()
        .toLowerCase();
      const image: unknown = request.body;
      if (
        !declared ||
        !isInstructionImageType(declared) ||
        !Buffer.isBuffer(image) ||
        !hasImageSignature(image, declared)
      ) {
        throw unsupportedType();
      }

      const folder = await request.asCaller(
        async (_client, caller) => folderFor(caller),
        { readOnly: true },
      );
      const extension = instructionImageTypes[declared];
      const file = await store.save(folder, image, extension);
      request.log.info(
        { folder, file, bytes: image.length },
        'instruction image stored',
      );
      return reply.status(201).send({ url: imageUrl(request, folder, file) });
    },
  );

  /**
   * Images are fetched by `<img>`, which cannot send an Authorization
   * header, so this route is public: the random name (a version 4 UUID,
   * 122 random bits) is what keeps an image private, and anyone holding
   * its address can load it. Acceptable for instruction pictures, which
   * are clinic content shown to every patient given the exercise, never
   * patient data; nothing lists the stored names.
   */
  app.get(
    `${instructionImagesPath}/:organization/:file`,
    {
      config: { public: true },
      schema: {
        tags: ['media'],
        summary: 'An instruction picture, by the address its upload returned',
        params: InstructionImageParams,
        response: {
          200: {
            description: 'The image file.',
            content: instructionImageContent<Readable>(),
          },
          400: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { organization, file } = request.params;
      const opened = await store.open(organization, file);
      if (!opened) {
        throw new ApiError('image-not-found', 'There is no such image.');
      }
      const extension = file.slice(file.lastIndexOf('.') + 1);
      return (
        reply
          .type(mediaTypeOf[extension as InstructionImageExtension])
          .header('content-length', opened.size)
          // A stored file never changes: a new picture gets a new name.
          .header('cache-control', 'private, max-age=31536000, immutable')
          .header('x-content-type-options', 'nosniff')
          // The app's page may come from a development server on another
          // port of the same host; other sites still cannot embed these.
          .header('cross-origin-resource-policy', 'same-site')
          .send(opened.stream)
      );
    },
  );
};
