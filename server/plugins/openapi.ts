import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/** OpenAPI built from the route schemas; served at /docs (JSON at /docs/json). */
export async function installOpenApi(
  app: FastifyInstance,
  version: string,
): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Motus API',
        description: 'Exercise library for physiotherapy clinics.',
        version,
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        },
      },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list' },
  });
}
