import { Type, type Static } from 'typebox';
import {
  contraindicationSeverities,
  difficulties,
  exerciseStatuses,
  instructionTypes,
  videoProviders,
} from '../domain';
import { poseJoints, trackedSides } from '../library/movement-profile';
import { bodyAreas } from '../library/taxonomy';
import { Nullable, Text, Timestamp, Uuid } from './common';

export const Slug = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: 120,
});
const Url = Type.String({ format: 'uri', maxLength: 2048 });
const Seconds = Type.Integer({ minimum: 0, maximum: 86400 });

/** An angle at a joint, in degrees. */
export const Degrees = Type.Number({ minimum: 0, maximum: 180 });

/** The joint angle (at `vertex`) that defines one rep, and its range. */
export const MovementProfile = Type.Object(
  {
    from: Type.Enum(poseJoints),
    vertex: Type.Enum(poseJoints),
    to: Type.Enum(poseJoints),
    start_angle_degrees: Degrees,
    end_angle_degrees: Degrees,
    sides: Type.Enum(trackedSides),
  },
  { additionalProperties: false },
);
export type MovementProfile = Static<typeof MovementProfile>;

export const exerciseScopes = ['global', 'org'] as const;
export const exerciseSorts = [
  'name',
  '-name',
  'created_at',
  '-created_at',
  'relevance',
] as const;

export const ExerciseListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    category_id: Type.Optional(Uuid),
    body_region_id: Type.Optional(Uuid),
    body_area: Type.Optional(Type.Enum(bodyAreas)),
    equipment_id: Type.Optional(Uuid),
    difficulty: Type.Optional(Type.Enum(difficulties)),
    status: Type.Optional(Type.Enum(exerciseStatuses)),
    scope: Type.Optional(Type.Enum([...exerciseScopes, 'all'])),
    has_video: Type.Optional(Type.Boolean()),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    sort: Type.Optional(Type.Enum(exerciseSorts)),
  },
  { additionalProperties: false },
);
export type ExerciseListQuery = Static<typeof ExerciseListQuery>;

export const CategoryRef = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  parent_id: Nullable(Uuid),
});
export const BodyRegionRef = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  body_area: Type.Enum(bodyAreas),
});
export const EquipmentRef = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
});

const exerciseFields = {
  id: Uuid,
  organization_id: Nullable(Uuid),
  scope: Type.Enum(exerciseScopes),
  cloned_from_id: Nullable(Uuid),
  name: Type.String(),
  slug: Type.String(),
  description: Type.String(),
  difficulty: Type.Enum(difficulties),
  status: Type.Enum(exerciseStatuses),
  estimated_duration_seconds: Nullable(Type.Integer()),
  video_url: Nullable(Type.String()),
  video_provider: Nullable(Type.Enum(videoProviders)),
  video_thumbnail_url: Nullable(Type.String()),
  video_duration_seconds: Nullable(Type.Integer()),
  movement_profile: Nullable(MovementProfile),
  created_by: Nullable(Uuid),
  created_at: Timestamp,
  updated_at: Timestamp,
  deleted_at: Nullable(Timestamp),
  categories: Type.Array(CategoryRef),
  body_regions: Type.Array(BodyRegionRef),
  equipment: Type.Array(EquipmentRef),
};

export const ExerciseSummary = Type.Object({
  ...exerciseFields,
  instruction_count: Type.Integer(),
  contraindication_count: Type.Integer(),
});
export type ExerciseSummary = Static<typeof ExerciseSummary>;

export const ExerciseListResponse = Type.Object({
  exercises: Type.Array(ExerciseSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  limit: Type.Integer(),
  total_pages: Type.Integer(),
});
export type ExerciseListResponse = Static<typeof ExerciseListResponse>;

export const Instruction = Type.Object({
  id: Uuid,
  sort_order: Type.Integer(),
  type: Type.Enum(instructionTypes),
  text: Type.String(),
  image_url: Nullable(Type.String()),
});
export const Contraindication = Type.Object({
  id: Uuid,
  condition: Type.String(),
  severity: Type.Enum(contraindicationSeverities),
  note: Type.String(),
});

export const ExerciseDetail = Type.Object({
  ...exerciseFields,
  instructions: Type.Array(Instruction),
  contraindications: Type.Array(Contraindication),
  tags: Type.Object({
    category_ids: Type.Array(Uuid),
    body_region_ids: Type.Array(Uuid),
    equipment_ids: Type.Array(Uuid),
  }),
  cloned_from: Nullable(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      scope: Type.Enum(exerciseScopes),
    }),
  ),
});
export type ExerciseDetail = Static<typeof ExerciseDetail>;

export const InstructionInput = Type.Object(
  {
    type: Type.Enum(instructionTypes),
    text: Text(2000),
    image_url: Type.Optional(Nullable(Url)),
  },
  { additionalProperties: false },
);
export const ContraindicationInput = Type.Object(
  {
    condition: Text(200),
    severity: Type.Enum(contraindicationSeverities),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
const TermIds = Type.Array(Uuid, { maxItems: 40, uniqueItems: true });

const editableFields = {
  name: Text(200),
  slug: Slug,
  description: Type.String({ maxLength: 5000 }),
  difficulty: Type.Enum(difficulties),
  status: Type.Enum(exerciseStatuses),
  estimated_duration_seconds: Nullable(
    Type.Integer({ minimum: 1, maximum: 86400 }),
  ),
  video_url: Nullable(Url),
  video_provider: Nullable(Type.Enum(videoProviders)),
  video_thumbnail_url: Nullable(Url),
  video_duration_seconds: Nullable(Seconds),
  movement_profile: Nullable(MovementProfile),
  instructions: Type.Array(InstructionInput, { maxItems: 60 }),
  contraindications: Type.Array(ContraindicationInput, { maxItems: 60 }),
  category_ids: TermIds,
  body_region_ids: TermIds,
  equipment_ids: TermIds,
};
const optionalEditableFields = Object.fromEntries(
  Object.entries(editableFields).map(([key, schema]) => [
    key,
    Type.Optional(schema),
  ]),
) as {
  [K in keyof typeof editableFields]: Type.TOptional<
    (typeof editableFields)[K]
  >;
};

export const ExerciseCreateBody = Type.Object(
  {
    ...optionalEditableFields,
    name: editableFields.name,
    difficulty: editableFields.difficulty,
    scope: Type.Optional(Type.Enum(exerciseScopes)),
  },
  { additionalProperties: false },
);
export type ExerciseCreateBody = Static<typeof ExerciseCreateBody>;

export const ExercisePatchBody = Type.Object(optionalEditableFields, {
  additionalProperties: false,
  minProperties: 1,
});
export type ExercisePatchBody = Static<typeof ExercisePatchBody>;
