import { Type, type Static } from 'typebox';

/**
 * The pictures an instruction may show, by media type, with the file
 * extension each is stored under. No SVG: it can carry script.
 */
export const instructionImageTypes = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
} as const;
export type InstructionImageType = keyof typeof instructionImageTypes;
export type InstructionImageExtension =
  (typeof instructionImageTypes)[InstructionImageType];

/** The largest instruction image accepted, in bytes (5 MiB). */
export const instructionImageMaxBytes = 5 * 1024 * 1024;

/** Where instruction images are uploaded and served, under the server. */
export const instructionImagesPath = '/v1/media/instruction-images';

export function isInstructionImageType(
  mediaType: string,
): mediaType is InstructionImageType {
  return Object.hasOwn(instructionImageTypes, mediaType);
}

// Lower case only, as the server writes them: one spelling per file, and
// nothing a path could be built from but hex digits and dashes.
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const extensions = Object.values(instructionImageTypes).join('|');

export const InstructionImageParams = Type.Object(
  {
    organization: Type.String({
      pattern: `^(?:global|${uuid})$`,
      description: 'The clinic the image belongs to, or "global".',
    }),
    file: Type.String({
      pattern: `^${uuid}\\.(?:${extensions})$`,
      description: 'The random name the upload was given.',
    }),
  },
  { additionalProperties: false },
);
export type InstructionImageParams = Static<typeof InstructionImageParams>;

export const InstructionImageUploaded = Type.Object({
  /** Absolute, ready for an instruction's `image_url`. */
  url: Type.String({ format: 'uri', maxLength: 2048 }),
});
export type InstructionImageUploaded = Static<typeof InstructionImageUploaded>;

/**
 * The image file itself, one entry per accepted type, for request and
 * response descriptions. It has no JSON type on purpose: the bytes travel
 * raw (`Bytes` is how the server holds them), and what they are is checked
 * from their signature.
 */
export function instructionImageContent<Bytes = Uint8Array>() {
  return Object.fromEntries(
    Object.keys(instructionImageTypes).map((mediaType) => [
      mediaType,
      {
        schema: Type.Unsafe<Bytes>({
          contentMediaType: mediaType,
          description: 'The image file as it is on disk, at most 5 MiB.',
        }),
      },
    ]),
  );
}
