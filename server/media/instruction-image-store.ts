import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { InstructionImageExtension } from '../../shared/schemas/media';

/** `global`, or the id of the clinic an image belongs to. */
export type ImageFolder = 'global' | (string & {});

export interface OpenedImage {
  stream: Readable;
  /** Bytes. */
  size: number;
}

export interface InstructionImageStore {
  /**
   * Keeps `image` under a new random name and returns that name. The file
   * appears whole or not at all: it is written and flushed aside, then
   * renamed into place.
   */
  save(
    folder: ImageFolder,
    image: Uint8Array,
    extension: InstructionImageExtension,
  ): Promise<string>;
  /** The stored file, or undefined when there is none by that name. */
  open(folder: ImageFolder, file: string): Promise<OpenedImage | undefined>;
}

/** The directory half-written uploads wait in, inside the media directory. */
export const incomingDirName = '.incoming';

// TODO(media): files on one disk are state a second server instance does
// not share; several instances need the S3-compatible store behind this
// same interface. Images no instruction refers to any more are never
// swept, because nothing yet collects the image_url references.

/**
 * Instruction images as files: `<mediaDir>/<folder>/<uuid>.<ext>`.
 * Callers pass folder and file names already checked against
 * `InstructionImageParams`; a name that would still leave the media
 * directory throws rather than being followed.
 */
export function instructionImageStore(mediaDir: string): InstructionImageStore {
  const root = path.resolve(mediaDir);
  // Inside the media directory, so the final rename never crosses
  // file systems and stays atomic.
  const incoming = path.join(root, incomingDirName);

  const within = (...parts: string[]): string => {
    const target = path.resolve(root, ...parts);
    const relative = path.relative(root, target);
    const leaves = relative === '..' || relative.startsWith(`..${path.sep}`);
    if (leaves || path.isAbsolute(relative)) {
      throw new Error('instruction image path leaves the media directory');
    }
    return target;
  };

  return {
    async save(folder, image, extension) {
      const file = `${randomUUID()}.${extension}`;
      const destination = within(folder, file);
      await mkdir(incoming, { recursive: true });
      await mkdir(path.dirname(destination), { recursive: true });

      const pending = path.join(incoming, `${randomUUID()}.part`);
      try {
        const handle = await open(pending, 'wx');
        try {
          await handle.writeFile(image);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(pending, destination);
      } catch (error) {
        await rm(pending, { force: true });
        throw error;
      }
      return file;
    },

    async open(folder, file) {
      let handle;
      try {
        handle = await open(within(folder, file), 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return undefined;
        }
        throw error;
      }

      try {
        const stats = await handle.stat();
        if (!stats.isFile()) {
          await handle.close();
          return undefined;
        }
        // The stream owns the handle from here and closes it at the end.
        return { stream: handle.createReadStream(), size: stats.size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },
  };
}
