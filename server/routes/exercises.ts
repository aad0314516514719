import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse, IdParams } from '../../shared/schemas/common';
import {
  ExerciseCreateBody,
  ExerciseDetail,
  ExerciseListQuery,
  ExerciseListResponse,
  ExercisePatchBody,
} from '../../shared/schemas/exercises';
import { loadExercise } from '../exercises/exercise-detail';
import {
  cloneExercise,
  createExercise,
  deleteExercise,
  updateExercise,
} from '../exercises/exercise-writes';
import { listExercises } from '../exercises/list-exercises';

const security = [{ bearer: [] }];
const readErrors = {
  400: ErrorResponse,
  401: ErrorResponse,
  404: ErrorResponse,
};
const writeErrors = {
  ...readErrors,
  403: ErrorResponse,
  409: ErrorResponse,
  413: ErrorResponse,
  422: ErrorResponse,
};

export const exerciseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/v1/exercises',
    {
      schema: {
        tags: ['exercises'],
        summary: 'Browse and search the library',
        security,
        querystring: ExerciseListQuery,
        response: { 200: ExerciseListResponse, ...readErrors },
      },
    },
    async (request) =>
      request.asCaller((client) => listExercises(client, request.query), {
        readOnly: true,
      }),
  );

  app.get(
    '/v1/exercises/:id',
    {
      schema: {
        tags: ['exercises'],
        summary: 'One exercise with instructions and contraindications',
        security,
        params: IdParams,
        response: { 200: ExerciseDetail, ...readErrors },
      },
    },
    async (request) =>
      request.asCaller((client) => loadExercise(client, request.params.id), {
        readOnly: true,
      }),
  );

  app.post(
    '/v1/exercises',
    {
      schema: {
        tags: ['exercises'],
        summary:
          'Create an exercise in your clinic (or, superadmins, globally)',
        security,
        body: ExerciseCreateBody,
        response: { 201: ExerciseDetail, ...writeErrors },
      },
    },
    async (request, reply) => {
      const exercise = await request.asCaller(async (client, caller) =>
        loadExercise(
          client,
          await createExercise(client, caller, request.body),
        ),
      );
      return reply.status(201).send(exercise);
    },
  );

  app.patch(
    '/v1/exercises/:id',
    {
      schema: {
        tags: ['exercises'],
        summary: 'Edit fields, parts and status of an exercise',
        description:
          'Lists given (instructions, contraindications, *_ids) replace the ' +
          'whole list. A status is a transition: draft → published → ' +
          'archived → draft.',
        security,
        params: IdParams,
        body: ExercisePatchBody,
        response: { 200: ExerciseDetail, ...writeErrors },
      },
    },
    async (request) =>
      request.asCaller(async (client, caller) => {
        await updateExercise(client, caller, request.params.id, request.body);
        return loadExercise(client, request.params.id);
      }),
  );

  app.delete(
    '/v1/exercises/:id',
    {
      schema: {
        tags: ['exercises'],
        summary: 'Soft-delete an exercise (it stays in existing plans)',
        security,
        params: IdParams,
        response: { 204: { type: 'null' }, ...writeErrors },
      },
    },
    async (request, reply) => {
      await request.asCaller((client, caller) =>
        deleteExercise(client, caller, request.params.id),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v1/exercises/:id/clone',
    {
      schema: {
        tags: ['exercises'],
        summary: 'Clone an exercise into your clinic as an independent draft',
        security,
        params: IdParams,
        response: { 201: ExerciseDetail, ...writeErrors },
      },
    },
    async (request, reply) => {
      const clone = await request.asCaller(async (client, caller) =>
        loadExercise(
          client,
          await cloneExercise(client, caller, request.params.id),
        ),
      );
      return reply.status(201).send(clone);
    },
  );
};
