// Checks functions/Portale.Functions/openapi.json: a valid OpenAPI 3.0.3 document (swagger-parser,
// against the official schema plus its semantic checks) that follows the project's conventions.
// Each check is one test; the last line is "N passed, N failed" for scripts/test.sh to add up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';

const file = process.argv[2] ?? fileURLToPath(new URL('../../functions/Portale.Functions/openapi.json', import.meta.url));
const document = JSON.parse(readFileSync(file, 'utf8'));
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item).filter(([method]) => methods.includes(method)).map(([method, operation]) => ({
    name: `${method.toUpperCase()} ${path}`, operation,
  })));
const resolve = (response) => {
  const ref = response?.$ref;
  return ref?.startsWith('#/components/responses/') ? document.components?.responses?.[ref.split('/').pop()] : response;
};

const checks = {
  'openapi.json is a valid OpenAPI 3.0.3 document': async () => {
    if (document.openapi !== '3.0.3') return [`openapi is ${document.openapi}, not 3.0.3`];
    try {
      await SwaggerParser.validate(structuredClone(document));
      return [];
    } catch (error) {
      return error.message.split('\n').map((line) => line.trim()).filter(Boolean);
    }
  },
  'no schema uses the OpenAPI 3.1 type list (nullable: true instead)': () => {
    const found = [];
    const walk = (node, pointer) => {
      if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${pointer}/${i}`));
      else if (node && typeof node === 'object') {
        if (Array.isArray(node.type)) found.push(`${pointer}/type`);
        Object.entries(node).forEach(([k, v]) => walk(v, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`));
      }
    };
    walk(document, '#');
    return found;
  },
  'every operation has a unique operationId, a summary and a tag': () => {
    const seen = new Map();
    return operations.flatMap(({ name, operation }) => {
      const wrong = [];
      if (!operation.operationId) wrong.push(`${name}: no operationId`);
      else if (seen.has(operation.operationId)) wrong.push(`${name}: operationId ${operation.operationId} also on ${seen.get(operation.operationId)}`);
      else seen.set(operation.operationId, name);
      if (!operation.summary) wrong.push(`${name}: no summary`);
      if (!operation.tags?.length) wrong.push(`${name}: no tag`);
      return wrong;
    });
  },
  'every operation declares its security: [] (public), the operator session or the staff bearer with its roles': () =>
    operations.flatMap(({ name, operation }) => {
      const security = operation.security;
      if (!Array.isArray(security)) return [`${name}: no security (write [] for a public operation)`];
      const schemes = security.flatMap((requirement) => Object.keys(requirement));
      const unknown = schemes.filter((s) => !document.components?.securitySchemes?.[s]);
      const wrong = unknown.map((s) => `${name}: security scheme ${s} is not in components.securitySchemes`);
      const staff = schemes.includes('staffBearer');
      if (staff && !(operation['x-staff-roles']?.length > 0)) wrong.push(`${name}: staffBearer without x-staff-roles`);
      if (!staff && operation['x-staff-roles']) wrong.push(`${name}: x-staff-roles without staffBearer`);
      return wrong;
    }),
  'every 4xx and 5xx response is application/problem+json with the Problem schema': () =>
    operations.flatMap(({ name, operation }) => Object.entries(operation.responses ?? {})
      .filter(([status]) => /^[45]/.test(status))
      .flatMap(([status, response]) => {
        const content = resolve(response)?.content ?? {};
        const types = Object.keys(content);
        // The OAuth token endpoint answers its errors as RFC 6749 writes them, for OAuth client libraries.
        const wanted = operation.operationId === 'ClientsToken' && ['400', '401'].includes(status)
          ? ['application/json', '#/components/schemas/OAuthError']
          : ['application/problem+json', '#/components/schemas/Problem'];
        return types.length === 1 && content[wanted[0]]?.schema?.$ref === wanted[1]
          ? [] : [`${name} ${status}: ${types.join(', ') || 'no content'}`];
      })),
  'every 2xx response that carries JSON names its schema': () =>
    operations.flatMap(({ name, operation }) => Object.entries(operation.responses ?? {})
      .filter(([status]) => /^2/.test(status))
      .flatMap(([status, response]) => Object.entries(resolve(response)?.content ?? {})
        .filter(([type, media]) => type.endsWith('json') && !media.schema)
        .map(([type]) => `${name} ${status} ${type}: no schema`))),
};

let passed = 0;
let failed = 0;
for (const [name, check] of Object.entries(checks)) {
  const problems = await check();
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok - ${name}`);
  } else {
    failed += 1;
    console.log(`not ok - ${name}`);
    problems.slice(0, 50).forEach((p) => console.log(`    ${p}`));
    if (problems.length > 50) console.log(`    ... and ${problems.length - 50} more`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
