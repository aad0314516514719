import { Type, type Static } from 'typebox';
import {
  contraindicationSeverities,
  difficulties,
  exerciseStatuses,
  instructionTypes,
} from '../domain';
import { poseJoints, trackedSides } from '../library/movement-profile';
import { Degrees, Slug } from './exercises';

const Slugs = Type.Array(Slug, { maxItems: 40 });

/**
 * One exercise in an exported library file: the authored format of
 * `shared/library` plus its status. Taxonomy terms travel by slug.
 */
export const TransferredExercise = Type.Object(
  {
    slug: Slug,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.String({ maxLength: 5000 }),
    difficulty: Type.Enum(difficulties),
    status: Type.Enum(exerciseStatuses),
    estimatedDurationSeconds: Type.Integer({ minimum: 1, maximum: 86400 }),
    categories: Slugs,
    bodyRegions: Slugs,
    equipment: Slugs,
    instructions: Type.Array(
      Type.Object(
        {
          type: Type.Enum(instructionTypes),
          text: Type.String({ minLength: 1, maxLength: 2000 }),
          imageUrl: Type.Optional(Type.String({ maxLength: 2048 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 60 },
    ),
    contraindications: Type.Array(
      Type.Object(
        {
          condition: Type.String({ minLength: 1, maxLength: 200 }),
          severity: Type.Enum(contraindicationSeverities),
          note: Type.String({ maxLength: 2000 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 60 },
    ),
    movementProfile: Type.Optional(
      Type.Object(
        {
          from: Type.Enum(poseJoints),
          vertex: Type.Enum(poseJoints),
          to: Type.Enum(poseJoints),
          startAngleDegrees: Degrees,
          endAngleDegrees: Degrees,
          sides: Type.Enum(trackedSides),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type TransferredExercise = Static<typeof TransferredExercise>;

export const libraryFormats = ['json', 'csv'] as const;
export const importFormats = [...libraryFormats, 'free-exercise-db'] as const;

export const LibraryDocument = Type.Object(
  {
    format: Type.Literal('motus-library'),
    version: Type.Literal(1),
    exercises: Type.Array(TransferredExercise, { maxItems: 20000 }),
  },
  { additionalProperties: false },
);
export type LibraryDocument = Static<typeof LibraryDocument>;

export const TransferQuery = Type.Object(
  {
    scope: Type.Optional(Type.Enum(['global', 'org'])),
    format: Type.Optional(Type.Enum(importFormats)),
  },
  { additionalProperties: false },
);
export type TransferQuery = Static<typeof TransferQuery>;

export const ImportResult = Type.Object({
  added: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  /** Rows with values Motus could not map; each is still imported. */
  report: Type.Array(
    Type.Object({
      row: Type.Integer(),
      slug: Type.String(),
      name: Type.String(),
      unmapped: Type.Array(Type.String()),
    }),
  ),
});
export type ImportResult = Static<typeof ImportResult>;
