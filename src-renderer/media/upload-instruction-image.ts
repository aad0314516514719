import {
  instructionImageMaxBytes,
  instructionImagesPath,
  isInstructionImageType,
} from '../../shared/schemas/media';
import {
  readServerError,
  SyncRequestError,
  type SyncErrorCode,
} from '../replica/sync-request';

/** Why a picture could not be attached; the message is for the clinician. */
export class InstructionImageError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InstructionImageError';
  }
}

// What the clinician reads for the refusals they can act on; any other
// code keeps the server's own message.
const messages: Partial<Record<SyncErrorCode, string>> = {
  'image-type-unsupported': 'Attach a PNG, JPEG or WebP image.',
  'image-too-large': 'The image is larger than 5 MB; attach a smaller one.',
  'server-unreachable':
    'Attaching an image needs the Motus server; try again when online.',
};

function refused(code: SyncErrorCode, fallback = ''): InstructionImageError {
  return new InstructionImageError(code, messages[code] ?? fallback);
}

/**
 * Uploads a picture for an exercise instruction and returns its absolute
 * address, for the instruction's `image_url`. The type (PNG, JPEG, WebP)
 * and size (5 MB) are checked here first, so a wrong file is refused
 * without a round trip; the server checks the bytes again.
 *
 * Needs the server: there is no offline queue for images.
 *
 * @param authorizedFetch the workstation's, which signs the request and
 *   renews an expired token once (a Blob body can be sent twice).
 * @throws InstructionImageError `image-type-unsupported`,
 *   `image-too-large`, `server-unreachable`, or the server's code.
 */
export async function uploadInstructionImage(
  authorizedFetch: (path: string, init?: RequestInit) => Promise<Response>,
  image: Blob,
): Promise<string> {
  const type = image.type.toLowerCase();
  if (!isInstructionImageType(type)) throw refused('image-type-unsupported');
  if (image.size > instructionImageMaxBytes) throw refused('image-too-large');

  let response: Response;
  try {
    response = await authorizedFetch(instructionImagesPath, {
      method: 'POST',
      headers: { 'content-type': type },
      body: image,
    });
  } catch (error) {
    // A session that could not be renewed says why; anything else means
    // no answer came back.
    if (
      error instanceof SyncRequestError &&
      error.code !== 'server-unreachable'
    ) {
      throw new InstructionImageError(error.code, error.message);
    }
    throw refused('server-unreachable');
  }

  if (!response.ok) {
    const failure = await readServerError(response);
    throw refused(failure.code, failure.message);
  }
  const body: unknown = await response.json().catch(() => undefined);
  const url = (body as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string') {
    throw new InstructionImageError(
      'unexpected-response',
      'The server did not say where it kept the image.',
    );
  }
  return url;
}
