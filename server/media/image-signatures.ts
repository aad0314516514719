import type { InstructionImageType } from '../../shared/schemas/media';

// The first bytes each format starts with. WebP is a RIFF container whose
// form type, after four bytes of length, says WEBP.
const signatures: Record<
  InstructionImageType,
  { offset: number; bytes: number[] }[]
> = {
  'image/png': [
    { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  ],
  'image/jpeg': [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }],
  'image/webp': [
    { offset: 0, bytes: [0x52, 0x49, 0x46, 0x46] },
    { offset: 8, bytes: [0x57, 0x45, 0x42, 0x50] },
  ],
};

/**
 * Whether `image` starts as a file of `mediaType` must. A label is only a
 * claim: a text file or a script sent as image/png fails here. Checks the
 * signature only, not that the rest of the file decodes.
 */
export function hasImageSignature(
  image: Uint8Array,
  mediaType: InstructionImageType,
): boolean {
  return signatures[mediaType].every(({ offset, bytes }) =>
    bytes.every((byte, index) => image[offset + index] === byte),
  );
}
