// The API document is checked in CI: it validates as OpenAPI 3.1, and every route file is one of its operations.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemCodesOf, type RouteContract } from '@/server/http/contract';
import type { DefinedRoute } from '@/server/http/define-route';
import { statusOf } from '@/server/errors';
import { allContracts, contracts } from './contracts';
import { buildOpenApiDocument, openApiDocument } from './openapi';

const apiRoot = fileURLToPath(new URL('../../app/api/', import.meta.url));

/** next-auth's own handler: its paths and answers are next-auth's, not ours. */
const NOT_OURS = ['auth/[...nextauth]/route.ts'];
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
/** Next's route segment options: the only other exports a route file may have. */
const SEGMENT_OPTIONS = ['dynamic', 'dynamicParams', 'revalidate', 'fetchCache', 'runtime', 'preferredRegion', 'maxDuration'];

function routeFiles(): string[] {
  return (readdirSync(apiRoot, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file === 'route.ts' || file.endsWith('/route.ts'))
    .sort();
}

/** `v1/badges/[id]/verify/route.ts` → `/api/v1/badges/{id}/verify`. */
function pathOf(file: string): string {
  const folder = file.replace(/\/?route\.ts$/, '');
  return `/api/${folder.replace(/\[([^\]/.]+)\]/g, '{$1}')}`;
}

function isDefinedRoute(value: unknown): value is DefinedRoute {
  return typeof value === 'function' && 'contract' in value && typeof value.contract === 'object' && value.contract !== null;
}

type Operation = { operationId?: string; responses?: Record<string, { description?: string; content?: Record<string, unknown> }> };
const operationIn = (document: ReturnType<typeof buildOpenApiDocument>, contract: RouteContract) =>
  document.paths?.[contract.path]?.[contract.method.toLowerCase() as 'get'] as Operation | undefined;

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument();

  it('is valid OpenAPI 3.1, and every $ref resolves', async () => {
    const validator = new Validator();
    // As served: JSON.
    const result = await validator.validate(JSON.parse(JSON.stringify(document)) as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
    expect(JSON.stringify(validator.resolveRefs())).not.toContain('"$ref"');
  });

  it('is built once per process', () => {
    expect(openApiDocument()).toBe(openApiDocument());
    expect(openApiDocument().openapi).toBe('3.1.0');
  });

  it('has every contract as an operation, with its success answers and one answer per problem status', () => {
    for (const contract of allContracts) {
      const operation = operationIn(document, contract);
      expect(operation?.operationId, `${contract.method} ${contract.path}`).toBe(contract.operationId);
      const statuses = Object.keys(operation!.responses ?? {});
      for (const status of Object.keys(contract.responses)) expect(statuses, contract.operationId).toContain(status);
      for (const code of problemCodesOf(contract)) {
        const answer = operation!.responses![String(statusOf(code))];
        expect(answer?.content?.['application/problem+json'], `${contract.operationId}: ${code}`).toEqual({ schema: { $ref: '#/components/schemas/Problem' } });
        expect(answer?.description, `${contract.operationId}: ${code}`).toContain(`[\`${code}\`](/developers#problem-`);
      }
    }
  });

  it('describes what every success answer holds (204 aside)', () => {
    for (const contract of allContracts) {
      for (const [status, rule] of Object.entries(contract.responses)) {
        if (status !== '204') expect(rule.schema, `${contract.operationId} ${status}: add a response schema to the contract`).toBeDefined();
      }
    }
  });

  it('has no two contracts with one operationId, or one method and path', () => {
    const ids = allContracts.map((contract) => contract.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const routes = allContracts.map((contract) => `${contract.method} ${contract.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('says for each operation who may call it, as security requirements', () => {
    const search = operationIn(document, contracts.searchCandidates) as { security?: unknown };
    expect(search.security).toEqual([{ session: ['employer'] }, { bearer: ['search'] }]);
    const jobs = operationIn(document, contracts.searchJobs) as { security?: unknown };
    expect(jobs.security).toEqual([{ bearer: ['jobs'] }, {}]);
  });

  it('marks a filter that may be left out as optional, and one that may not as required', () => {
    const parameters = (contract: RouteContract) => (document.paths?.[contract.path]?.get as { parameters: { name: string; required?: boolean }[] }).parameters;
    expect(parameters(contracts.searchCandidates).find((parameter) => parameter.name === 'req')?.required).toBeUndefined();
    expect(parameters(contracts.searchTaxonomy).find((parameter) => parameter.name === 'q')?.required).toBe(true);
  });
});

describe('route files', () => {
  const files = routeFiles().filter((file) => !NOT_OURS.includes(file));
  const modules = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    // Imported as Next would: each module's top level runs, nothing is called.
    for (const file of files) modules.set(file, (await import(/* @vite-ignore */ path.join(apiRoot, file))) as Record<string, unknown>);
  }, 120_000);

  const handlersOf = (file: string) => Object.entries(modules.get(file)!).filter(([name]) => HTTP_METHODS.includes(name));

  it('are found', () => {
    expect(files).toContain('v1/openapi.json/route.ts');
    expect(files).toContain('v1/badges/[id]/route.ts');
    for (const file of NOT_OURS) expect(routeFiles()).toContain(file);
  });

  it.each(files)('%s exports only handlers made by defineRoute, for its own method and path', (file) => {
    const handlers = handlersOf(file);
    expect(handlers.length).toBeGreaterThan(0);
    for (const name of Object.keys(modules.get(file)!)) expect([...HTTP_METHODS, ...SEGMENT_OPTIONS], `${file} exports ${name}`).toContain(name);
    for (const [method, handler] of handlers) {
      expect(isDefinedRoute(handler), `${file} ${method} must be made by defineRoute`).toBe(true);
      const { contract } = handler as DefinedRoute;
      expect(contract.method, `${file} exports ${method}`).toBe(method);
      expect(contract.path, file).toBe(pathOf(file));
      expect(allContracts, `${file}: list the contract ${contract.operationId} in src/server/api/contracts/index.ts`).toContain(contract);
    }
  });

  it('serve every contract (no contract without its route)', () => {
    const served = new Set<RouteContract>();
    for (const file of files) {
      for (const [, handler] of handlersOf(file)) {
        if (isDefinedRoute(handler)) served.add(handler.contract);
      }
    }
    expect(allContracts.filter((contract) => !served.has(contract)).map((contract) => `${contract.method} ${contract.path}`)).toEqual([]);
  });
});
