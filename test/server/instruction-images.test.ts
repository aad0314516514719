import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  incomingDirName,
  instructionImageStore,
} from '../../server/media/instruction-image-store';
import { demoPassword } from '../../server/seed/demo-accounts';
import {
  InstructionImageError,
  uploadInstructionImage,
} from '../../src-renderer/media/upload-instruction-image';
import {
  createTokenSession,
  signIn,
} from '../../src-renderer/replica/token-session';
import { createAuthorizedFetch } from '../../src-renderer/workstation/authorized-fetch';
import { named, staff } from '../support/demo-staff';
import { startTestServer, type TestServer } from '../support/test-server';

// Instruction pictures over real HTTP, stored on the real disk, in the
// test server's own media folder (removed when it closes).

const uploadPath = '/v1/media/instruction-images';

let api: TestServer;
let mediaDir: string;
// Files a test put outside the media folder (which goes with the server).
const stored: string[] = [];
let specialist: string;
let northsideId: string;

/** A PNG chunk: length, type, data and the CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A real PNG of one pixel of the colour given as red, green, blue. */
function onePixelPng(red: number, green: number, blue: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  // Eight bits a channel, truecolour; default compression, no interlace.
  header[8] = 8;
  header[9] = 2;
  const scanline = Buffer.from([0, red, green, blue]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(scanline)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function upload(
  body: Uint8Array | undefined,
  headers: Record<string, string>,
  token?: string,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${api.url}${uploadPath}`, {
    method: 'POST',
    headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
    body,
  });
  const answer: any = await response.json();
  if (response.status === 201) stored.push(storedPath(answer.url));
  return { status: response.status, body: answer };
}

/** Where the server keeps the image at `url`, by the layout it promises. */
function storedPath(url: string): string {
  const [organization = '', file = ''] = new URL(url).pathname
    .slice(uploadPath.length + 1)
    .split('/');
  return path.join(mediaDir, organization, file);
}

/** Every file name under the media directory, for before/after checks. */
async function mediaFiles(): Promise<string[]> {
  const entries = await readdir(mediaDir, { recursive: true }).catch(() => []);
  return entries.sort();
}

/** A GET sent exactly as written, with no client normalising the path. */
function rawGet(target: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(api.url);
    // With options, not a URL: a URL would resolve the dot segments first.
    const request = http.get({ hostname, port, path: target }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    request.on('error', reject);
  });
}

beforeAll(async () => {
  api = await startTestServer();
  mediaDir = api.mediaDir;
  specialist = await api.signIn(staff.northsideSpecialist.email);
  const me = await api.call('GET', '/v1/me', { token: specialist });
  northsideId = me.body.organization.id;
});

afterAll(async () => {
  await Promise.all(stored.map((file) => rm(file, { force: true })));
  await api.close();
});

describe('uploading an instruction picture', () => {
  it('a Northside specialist uploads a PNG and its address serves the same picture', async () => {
    const picture = onePixelPng(200, 40, 40);

    const uploaded = await upload(
      picture,
      { 'content-type': 'image/png' },
      specialist,
    );

    expect(uploaded.status).toBe(201);
    const url: string = uploaded.body.url;
    expect(url).toMatch(
      new RegExp(
        `^${api.url}${uploadPath}/${northsideId}/[0-9a-f-]{36}\\.png$`,
      ),
    );
    expect(await readFile(storedPath(url))).toEqual(picture);

    // As an <img> asks: no Authorization header.
    const served = await fetch(url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe(
      'private, max-age=31536000, immutable',
    );
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cross-origin-resource-policy')).toBe(
      'same-site',
    );
    expect(Buffer.from(await served.arrayBuffer())).toEqual(picture);
  });

  it('the address is accepted as an instruction image of a clinic exercise', async () => {
    const { body } = await upload(
      onePixelPng(10, 120, 200),
      { 'content-type': 'image/png' },
      specialist,
    );

    const created = await api.call('POST', '/v1/exercises', {
      token: specialist,
      body: {
        name: 'Illustrated Wall Slide',
        difficulty: 'beginner',
        instructions: [
          { type: 'step', text: 'Slide up the wall.', image_url: body.url },
        ],
      },
    });

    expect(created.status).toBe(201);
    expect(created.body.instructions[0].image_url).toBe(body.url);
  });

  it("the superadmin's pictures are kept for the global library", async () => {
    const superadmin = await api.signIn(staff.superadmin.email);

    const uploaded = await upload(
      onePixelPng(0, 0, 0),
      { 'content-type': 'image/png; charset=binary' },
      superadmin,
    );

    expect(uploaded.status).toBe(201);
    expect(new URL(uploaded.body.url).pathname).toMatch(
      /^\/v1\/media\/instruction-images\/global\/[0-9a-f-]{36}\.png$/,
    );
  });

  const png = onePixelPng(1, 2, 3);
  const refusals = named([
    {
      name: 'a text file labelled image/png',
      body: new TextEncoder().encode('not a picture at all'),
      type: 'image/png',
    },
    { name: 'a PNG labelled image/jpeg', body: png, type: 'image/jpeg' },
    { name: 'a PNG labelled image/webp', body: png, type: 'image/webp' },
    {
      name: 'a GIF',
      body: new TextEncoder().encode('GIF89a\x01\x00\x01\x00'),
      type: 'image/gif',
    },
    { name: 'an SVG', body: png, type: 'image/svg+xml' },
    {
      name: 'JSON',
      body: new TextEncoder().encode('{}'),
      type: 'application/json',
    },
    { name: 'an empty PNG', body: new Uint8Array(0), type: 'image/png' },
  ]);

  it.each(refusals)(
    '%s is refused (415 image-type-unsupported) and nothing is kept',
    async (_name, { body, type }) => {
      const before = await mediaFiles();

      const refused = await upload(body, { 'content-type': type }, specialist);

      expect({ status: refused.status, code: refused.body.error.code }).toEqual(
        { status: 415, code: 'image-type-unsupported' },
      );
      expect(await mediaFiles()).toEqual(before);
    },
  );

  it('a picture over 5 MB is refused (413 image-too-large) and nothing is kept', async () => {
    const before = await mediaFiles();
    const oversized = Buffer.alloc(5 * 1024 * 1024 + 1);
    png.copy(oversized);

    const refused = await upload(
      oversized,
      { 'content-type': 'image/png' },
      specialist,
    );

    expect({ status: refused.status, code: refused.body.error.code }).toEqual({
      status: 413,
      code: 'image-too-large',
    });
    expect(await mediaFiles()).toEqual(before);
    expect(
      await readdir(path.join(mediaDir, incomingDirName)).catch(() => []),
    ).toEqual([]);
  });

  it('an upload without a token is refused (401 authentication-required)', async () => {
    const refused = await upload(png, { 'content-type': 'image/png' });

    expect({ status: refused.status, code: refused.body.error.code }).toEqual({
      status: 401,
      code: 'authentication-required',
    });
  });

  it('more than thirty uploads a minute from one account are refused (429 rate-limited)', async () => {
    const admin = await api.signIn(staff.northsideAdmin.email);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 31; attempt += 1) {
      const answer = await upload(png, { 'content-type': 'image/png' }, admin);
      statuses.push(answer.status);
    }

    expect(statuses.slice(0, 30).every((status) => status === 201)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

describe('serving an instruction picture', () => {
  it('an address with no picture behind it is 404 image-not-found', async () => {
    const missing = await api.call(
      'GET',
      `${uploadPath}/${northsideId}/${randomUUID()}.png`,
    );

    expect({ status: missing.status, code: missing.body.error.code }).toEqual({
      status: 404,
      code: 'image-not-found',
    });
  });

  it('a path that climbs out of the media directory reads nothing there', async () => {
    // A file beside the media directory, named as an image would be.
    const canary = `${randomUUID()}.png`;
    const secret = `outside the media directory ${randomUUID()}`;
    const canaryPath = path.join(mediaDir, '..', canary);
    await mkdir(path.dirname(canaryPath), { recursive: true });
    await writeFile(canaryPath, secret);
    stored.push(canaryPath);

    for (const target of [
      `${uploadPath}/../${canary}`,
      `${uploadPath}/%2e%2e/${canary}`,
      `${uploadPath}/global/..%2F${canary}`,
      `${uploadPath}/global/..%2F..%2F..%2Fetc%2Fpasswd`,
      `${uploadPath}/${northsideId}/..%2F..%2F${canary}`,
      `${uploadPath}/global/%2e%2e%5c${canary}`,
    ]) {
      const answer = await rawGet(target);

      expect(answer.status, target).toBe(400);
      expect(JSON.parse(answer.text).error.code, target).toBe(
        'validation-failed',
      );
      expect(answer.text, target).not.toContain(secret);
    }
  });

  it('the image store itself will not follow a name out of its directory', async () => {
    const store = instructionImageStore(mediaDir);

    await expect(store.open('..', 'passwd')).rejects.toThrow(
      'leaves the media directory',
    );
    await expect(store.open('global', '../../passwd')).rejects.toThrow(
      'leaves the media directory',
    );
  });
});

describe('the renderer client', () => {
  async function clinicianFetch(serverUrl = api.url) {
    const tokens = await signIn(
      api.url,
      staff.northsideSpecialist.email,
      demoPassword,
    );
    const session = createTokenSession({ serverUrl: api.url, tokens });
    return createAuthorizedFetch(serverUrl, session);
  }

  it('returns the address of the uploaded picture', async () => {
    const picture = onePixelPng(90, 180, 90);

    const url = await uploadInstructionImage(
      await clinicianFetch(),
      new Blob([picture], { type: 'image/png' }),
    );
    stored.push(storedPath(url));

    const served = await fetch(url);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(picture);
  });

  it('refuses a GIF or a picture over 5 MB without sending it', async () => {
    const authorized = await clinicianFetch();
    let sent = 0;
    const counting = (target: string, init?: RequestInit) => {
      sent += 1;
      return authorized(target, init);
    };

    const gif = new Blob(['GIF89a'], { type: 'image/gif' });
    const large = new Blob([new Uint8Array(5 * 1024 * 1024 + 1)], {
      type: 'image/jpeg',
    });

    await expect(uploadInstructionImage(counting, gif)).rejects.toMatchObject({
      code: 'image-type-unsupported',
    });
    await expect(uploadInstructionImage(counting, large)).rejects.toMatchObject(
      { code: 'image-too-large' },
    );
    expect(sent).toBe(0);
  });

  it("passes on the server's refusal of bytes that are not the image they claim", async () => {
    const fake = new Blob(['plain words'], { type: 'image/png' });

    const failure = await uploadInstructionImage(
      await clinicianFetch(),
      fake,
    ).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(InstructionImageError);
    expect(failure).toMatchObject({
      code: 'image-type-unsupported',
      message: 'Attach a PNG, JPEG or WebP image.',
    });
  });

  it('says the server is needed when it cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => {
          resolve(typeof address === 'object' && address ? address.port : 0);
        });
      });
    });

    const failure = uploadInstructionImage(
      await clinicianFetch(`http://127.0.0.1:${closed}`),
      new Blob([onePixelPng(5, 5, 5)], { type: 'image/png' }),
    );

    await expect(failure).rejects.toMatchObject({
      code: 'server-unreachable',
      message:
        'Attaching an image needs the Motus server; try again when online.',
    });
  });
});
