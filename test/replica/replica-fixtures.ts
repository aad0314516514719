import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { newDocumentId, newRevision } from '../../shared/sync/identifiers';
import {
  openReplica,
  type Replica,
  type ReplicaOptions,
} from '../../src-renderer/replica/open-replica';
import type {
  ReplicaCategory,
  ReplicaExercise,
} from '../../src-renderer/replica/replica-documents';

let opened = 0;

/**
 * A replica in memory under a name of its own. Memory storage keeps its
 * data for the process, so reopening `name` reads what was written.
 */
export async function openTestReplica(
  name = `replica-${process.pid}-${++opened}`,
  storage: ReplicaOptions['storage'] = getRxStorageMemory(),
): Promise<Replica> {
  return openReplica({ storage, name });
}

export const northside = '5d3b4c1e-0a8f-4f5e-9a51-2f1d5b7c9e01';

/** A platform exercise as the server would send it into the replica. */
export function aPlatformExercise(
  overrides: Partial<ReplicaExercise> = {},
): ReplicaExercise {
  return {
    id: newDocumentId(),
    organization_id: null,
    sync_revision: newRevision(),
    cloned_from_id: null,
    name: 'Bridging',
    slug: 'bridging',
    description: 'Lift the hips from the floor, knees bent.',
    difficulty: 'beginner',
    status: 'published',
    estimated_duration_seconds: 60,
    video_url: null,
    video_provider: null,
    video_thumbnail_url: null,
    video_duration_seconds: null,
    movement_profile: null,
    instructions: [
      { type: 'preparation', text: 'Lie on your back.', image_url: null },
      { type: 'step', text: 'Squeeze the glutes and lift.', image_url: null },
    ],
    contraindications: [
      { condition: 'Acute low back pain', severity: 'warning', note: '' },
    ],
    category_ids: [],
    body_region_ids: [],
    equipment_ids: [],
    created_at: '2025-01-02T03:04:05.000Z',
    updated_at: '2025-01-02T03:04:05.000Z',
    deleted_at: null,
    ...overrides,
  };
}

export function aCategory(
  overrides: Partial<ReplicaCategory> = {},
): ReplicaCategory {
  return {
    id: newDocumentId(),
    organization_id: null,
    sync_revision: newRevision(),
    slug: 'strengthening',
    name: 'Strengthening',
    sort_order: 1,
    parent_id: null,
    ...overrides,
  };
}
