import { describe, expect, it } from 'vitest';
import {
  mergeDocuments,
  sameDocument,
  type MergeDocument,
} from '../../src-renderer/replica/field-merge';
import { aPlatformExercise } from './replica-fixtures';

const fresh = () => 'merged-revision-0001';

function versions() {
  const assumed = {
    ...aPlatformExercise(),
    sync_revision: 'revision-assumed',
    _deleted: false,
  } as MergeDocument;
  return {
    assumed,
    local: { ...assumed, sync_revision: 'revision-local' } as MergeDocument,
    server: { ...assumed, sync_revision: 'revision-server' } as MergeDocument,
  };
}

describe('merging a local edit with a newer server copy', () => {
  it('keeps both edits when they touch different fields', () => {
    const { assumed, local, server } = versions();
    local.name = 'Glute bridge';
    server.description = 'Hips up, ribs down.';
    server.updated_at = '2025-03-01T00:00:00.000Z';

    const outcome = mergeDocuments({ assumed, local, server }, fresh);

    expect(outcome.isServerCopy).toBe(false);
    expect(outcome.setAside).toEqual([]);
    expect(outcome.document).toMatchObject({
      name: 'Glute bridge',
      description: 'Hips up, ribs down.',
      updated_at: '2025-03-01T00:00:00.000Z',
      sync_revision: 'merged-revision-0001',
    });
  });

  it('lets the server win a field both changed and keeps the local value', () => {
    const { assumed, local, server } = versions();
    local.name = 'Glute bridge';
    server.name = 'Hip bridge';

    const outcome = mergeDocuments({ assumed, local, server }, fresh);

    expect(outcome.document.name).toBe('Hip bridge');
    expect(outcome.isServerCopy).toBe(true);
    expect(outcome.setAside).toEqual([
      {
        field: 'name',
        local: 'Glute bridge',
        server: 'Hip bridge',
        assumed: 'Bridging',
      },
    ]);
  });

  it('compares instruction lists whole', () => {
    const { assumed, local, server } = versions();
    local.instructions = [{ type: 'step', text: 'Lift.', image_url: null }];
    server.instructions = [{ type: 'step', text: 'Raise.', image_url: null }];

    const outcome = mergeDocuments({ assumed, local, server }, fresh);

    expect(outcome.document.instructions).toEqual(server.instructions);
    expect(outcome.setAside.map((edit) => edit.field)).toEqual([
      'instructions',
    ]);
  });

  it('never counts server-owned fields as a conflict', () => {
    const { assumed, local, server } = versions();
    local.updated_at = '2025-02-01T00:00:00.000Z';
    server.updated_at = '2025-02-02T00:00:00.000Z';
    local.organization_id = '7b0f0a52-52b8-4d4e-8f3f-1b8f6f1e2a33';

    const outcome = mergeDocuments({ assumed, local, server }, fresh);

    expect(outcome.setAside).toEqual([]);
    expect(outcome.document).toEqual(server);
    expect(outcome.isServerCopy).toBe(true);
  });

  it('takes the server slug for a new exercise it renamed to a free one', () => {
    const { local, server } = versions();
    server.slug = 'bridging-2';

    const outcome = mergeDocuments({ local, server }, fresh);

    expect(outcome.document.slug).toBe('bridging-2');
    expect(outcome.setAside).toEqual([]);
  });

  it('returns the server copy as is when both made the same change', () => {
    const { assumed, local, server } = versions();
    local.difficulty = 'advanced';
    server.difficulty = 'advanced';

    const outcome = mergeDocuments({ assumed, local, server }, fresh);

    expect(outcome.isServerCopy).toBe(true);
    expect(outcome.document.sync_revision).toBe('revision-server');
    expect(outcome.setAside).toEqual([]);
  });

  it('undoes a refused write and keeps the whole local version with the reason', () => {
    const { assumed, local, server } = versions();
    local.name = 'My bridging';
    const rejection = {
      code: 'global-library-read-only' as const,
      message: 'Clone it to edit.',
    };

    const outcome = mergeDocuments(
      { assumed, local, server: { ...server, rejection } },
      fresh,
    );

    expect(outcome.document).toEqual(server);
    expect(outcome.document).not.toHaveProperty('rejection');
    expect(outcome.rejection).toEqual(rejection);
    expect(outcome.setAside).toHaveLength(1);
    expect(outcome.setAside[0]).toMatchObject({
      field: null,
      local: { name: 'My bridging' },
    });
  });

  it('drops a document the server no longer shows and keeps the local edit', () => {
    const { assumed, local } = versions();
    local.name = 'Bridging, edited';
    const tombstone = { id: assumed.id, _deleted: true };

    const outcome = mergeDocuments(
      { assumed, local, server: tombstone },
      fresh,
    );

    expect(outcome.document).toEqual(tombstone);
    expect(outcome.setAside).toEqual([
      {
        field: null,
        local: expect.objectContaining({ name: 'Bridging, edited' }),
        server: null,
        assumed: expect.objectContaining({ name: 'Bridging' }),
      },
    ]);
  });

  it('sets nothing aside when nothing changed locally', () => {
    const { assumed, server } = versions();
    server.name = 'Hip bridge';

    const outcome = mergeDocuments(
      { assumed, local: { ...assumed }, server },
      fresh,
    );

    expect(outcome.document).toEqual(server);
    expect(outcome.setAside).toEqual([]);
  });
});

describe('document equality for replication', () => {
  it('ignores RxDB bookkeeping and rejections but not content', () => {
    const { assumed } = versions();
    const stored = {
      ...assumed,
      _rev: '3-abc',
      _meta: { lwt: 1 },
      _attachments: {},
    };
    expect(
      sameDocument(stored, { ...assumed, rejection: { code: 'forbidden' } }),
    ).toBe(true);
    expect(sameDocument(stored, { ...assumed, name: 'Other' })).toBe(false);
    expect(sameDocument(stored, { ...assumed, _deleted: true })).toBe(false);
  });

  it('does not depend on the order of fields', () => {
    const { assumed } = versions();
    const reordered = Object.fromEntries(Object.entries(assumed).reverse());
    expect(sameDocument(assumed, reordered)).toBe(true);
  });
});
