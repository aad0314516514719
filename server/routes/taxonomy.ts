import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import { ErrorResponse, IdParams } from '../../shared/schemas/common';
import {
  BodyRegion,
  BodyRegionCreateBody,
  BodyRegionListResponse,
  BodyRegionPatchBody,
  Category,
  CategoryCreateBody,
  CategoryListResponse,
  CategoryPatchBody,
  Equipment,
  EquipmentCreateBody,
  EquipmentListResponse,
  EquipmentPatchBody,
} from '../../shared/schemas/taxonomy';
import { categoryTree } from '../taxonomy/category-tree';
import {
  bodyRegions,
  categories,
  createTerm,
  equipment,
  listTerms,
  updateTerm,
  type Taxonomy,
  type TermInput,
} from '../taxonomy/taxonomy-terms';

const security = [{ bearer: [] }];
const writeErrors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
};

interface TermRoutes {
  path: string;
  taxonomy: Taxonomy;
  term: TSchema;
  createBody: TSchema;
  patchBody: TSchema;
}

export const taxonomyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/v1/exercise-categories',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Categories as a tree: global and your clinic’s',
        security,
        response: { 200: CategoryListResponse, 401: ErrorResponse },
      },
    },
    async (request) =>
      request.asCaller(
        async (client) => ({
          categories: categoryTree(
            await listTerms<Category>(client, categories),
          ),
        }),
        { readOnly: true },
      ),
  );

  app.get(
    '/v1/exercise-body-regions',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Body regions with their body area',
        security,
        response: { 200: BodyRegionListResponse, 401: ErrorResponse },
      },
    },
    async (request) =>
      request.asCaller(
        async (client) => ({
          body_regions: await listTerms<BodyRegion>(client, bodyRegions),
        }),
        { readOnly: true },
      ),
  );

  app.get(
    '/v1/exercise-equipment',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Equipment',
        security,
        response: { 200: EquipmentListResponse, 401: ErrorResponse },
      },
    },
    async (request) =>
      request.asCaller(
        async (client) => ({
          equipment: await listTerms<Equipment>(client, equipment),
        }),
        { readOnly: true },
      ),
  );

  const termRoutes: TermRoutes[] = [
    {
      path: '/v1/exercise-categories',
      taxonomy: categories,
      term: Category,
      createBody: CategoryCreateBody,
      patchBody: CategoryPatchBody,
    },
    {
      path: '/v1/exercise-body-regions',
      taxonomy: bodyRegions,
      term: BodyRegion,
      createBody: BodyRegionCreateBody,
      patchBody: BodyRegionPatchBody,
    },
    {
      path: '/v1/exercise-equipment',
      taxonomy: equipment,
      term: Equipment,
      createBody: EquipmentCreateBody,
      patchBody: EquipmentPatchBody,
    },
  ];

  for (const { path, taxonomy, term, createBody, patchBody } of termRoutes) {
    app.post(
      path,
      {
        schema: {
          tags: ['taxonomy'],
          summary: 'Add a term to your clinic (or, superadmins, globally)',
          security,
          body: createBody,
          response: { 201: term, ...writeErrors },
        },
      },
      async (request, reply) => {
        const created = await request.asCaller((client, caller) =>
          createTerm(
            client,
            caller,
            taxonomy,
            request.body as TermInput & { name: string },
          ),
        );
        return reply.status(201).send(created);
      },
    );

    app.patch(
      `${path}/:id`,
      {
        schema: {
          tags: ['taxonomy'],
          summary: 'Rename or reorder a term of your clinic',
          security,
          params: IdParams,
          body: patchBody,
          response: { 200: term, ...writeErrors },
        },
      },
      async (request) =>
        request.asCaller((client, caller) =>
          updateTerm(
            client,
            caller,
            taxonomy,
            request.params.id,
            request.body as TermInput,
          ),
        ),
    );
  }
};
