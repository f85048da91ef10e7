// The OpenAPI 3.1 description served at /api/openapi.json. Shapes follow analysis-v1 and stories-v1.

const page = (item: string) => ({
  type: 'object', required: ['total', 'items'],
  properties: { total: { type: 'integer' }, items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } } },
});
const q = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const paging = [q('limit', 'page size (1–1000; default 50, stories 20)', { type: 'integer', minimum: 1, maximum: 1000 }), q('offset', 'items to skip', { type: 'integer', minimum: 0 })];
const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: what, schema: { type: 'string' } });
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const err = (description: string) => json({ $ref: '#/components/schemas/Error' }, description);
const docBody = {
  required: true,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/DocumentInput' } } },
};

export const openapi = {
  openapi: '3.1.0',
  info: { title: 'newsgraph API', version: '1.0.0', description: 'Stories, documents, entities and events read from the newsgraph store. JSON only; errors are { error: { status, code, message } }.' },
  servers: [{ url: '/' }],
  paths: {
    '/api/health': { get: { operationId: 'health', summary: 'Liveness and store status', responses: { 200: json({ type: 'object', properties: { ok: { type: 'boolean' }, engine: { type: 'string' }, documents: { type: 'integer' }, schemaVersion: { type: 'integer' } } }) } } },
    '/api/stories': { get: { operationId: 'listStories', summary: 'Stories (stories-v1), most recently updated first', parameters: [q('q', 'filter by words in titles, entities, outlets'), q('view', 'full stories (default) or summary (counts instead of facts and events)', { enum: ['full', 'summary'] }), ...paging], responses: { 200: json({ type: 'object', required: ['version', 'stories'], properties: { version: { const: 1 }, total: { type: 'integer' }, offset: { type: 'integer' }, limit: { type: 'integer' }, stories: { type: 'array', items: { $ref: '#/components/schemas/Story' } } } }), 400: err('bad parameter') } } },
    '/api/stories/{id}': { get: { operationId: 'getStory', summary: 'One story (stories-v1)', parameters: [idParam('story id')], responses: { 200: json({ $ref: '#/components/schemas/Story' }), 404: err('no such story') } } },
    '/api/documents': {
      get: { operationId: 'listDocuments', summary: 'Documents with filters and full-text search', parameters: [q('q', 'full-text search'), q('outlet', 'outlet name'), q('from', 'published on or after (YYYY-MM-DD)'), q('to', 'published on or before (YYYY-MM-DD)'), q('story', 'story id'), q('entity', 'entity key'), ...paging], responses: { 200: json(page('DocumentRow')), 400: err('bad parameter') } },
      post: { operationId: 'addDocument', summary: 'Analyse and store a document given as text, HTML or a URL (fetched with the ingest guards)', requestBody: docBody, responses: { 201: json({ $ref: '#/components/schemas/AddResult' }, 'added'), 200: json({ $ref: '#/components/schemas/AddResult' }, 'already stored'), 400: err('bad input'), 413: err('body over 1 MB'), 415: err('not JSON'), 422: err('URL refused or unreachable') } },
    },
    '/api/documents/{id}': { get: { operationId: 'getDocument', summary: 'A document row', parameters: [idParam('document id (sha256 of its text)')], responses: { 200: json({ $ref: '#/components/schemas/DocumentRow' }), 404: err('no such document') } } },
    '/api/documents/{id}/analysis': { get: { operationId: 'getAnalysis', summary: 'The analysis-v1 of a document', parameters: [idParam('document id')], responses: { 200: json({ $ref: '#/components/schemas/Analysis' }), 404: err('no such document') } } },
    '/api/analyze': { post: { operationId: 'analyze', summary: 'Analyse without storing (store: true keeps it)', requestBody: docBody, responses: { 200: json({ type: 'object', properties: { analysis: { $ref: '#/components/schemas/Analysis' }, id: { type: 'string' }, status: { type: 'string' } } }), 400: err('bad input'), 413: err('body over 1 MB'), 422: err('URL refused') } } },
    '/api/entities': { get: { operationId: 'listEntities', summary: 'Entities across documents', parameters: [q('q', 'name contains'), q('type', 'entity type'), ...paging], responses: { 200: json(page('EntityRow')) } } },
    '/api/entities/{id}': { get: { operationId: 'getEntity', summary: 'An entity: mentions, events, facts and related entities', parameters: [idParam('entity key (wd:Q… or n:TYPE:name)')], responses: { 200: json({ type: 'object' }), 404: err('no such entity') } } },
    '/api/events': { get: { operationId: 'listEvents', summary: 'Events with filters', parameters: [q('entity', 'entity key'), q('type', 'event type'), q('from', 'on or after (YYYY-MM-DD)'), q('to', 'on or before'), q('place', 'entity key of the place'), q('certainty', 'certainty', { enum: ['CERTAIN', 'PROBABLE', 'POSSIBLE', 'UNKNOWN'] }), q('status', 'status', { enum: ['PAST', 'ONGOING', 'FUTURE'] }), q('story', 'story id'), ...paging], responses: { 200: json(page('EventRow')), 400: err('bad parameter') } } },
    '/api/search': { get: { operationId: 'search', summary: 'Full-text search over documents and entity names', parameters: [{ ...q('q', 'words to find'), required: true }, q('limit', 'per kind (1–100)', { type: 'integer' })], responses: { 200: json({ type: 'object', properties: { q: { type: 'string' }, documents: page('DocumentRow'), entities: page('EntityRow') } }), 400: err('missing q') } } },
  },
  components: {
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['status', 'code', 'message'], properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } } } } },
      DocumentInput: { type: 'object', description: 'exactly one of text, html, url', properties: { text: { type: 'string' }, html: { type: 'string' }, url: { type: 'string', format: 'uri' }, publishedAt: { type: 'string' }, outlet: { type: 'string' }, title: { type: 'string' }, store: { type: 'boolean' } } },
      AddResult: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'string' }, status: { enum: ['added', 'duplicate'] }, copyOf: { type: 'string' }, storyId: { type: 'string' } } },
      DocumentRow: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, outlet: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' }, publishedAt: { type: 'string' }, addedAt: { type: 'string' }, copyOf: { type: 'string' }, storyId: { type: 'string' }, chars: { type: 'integer' } } },
      EntityRow: { type: 'object', required: ['key', 'name', 'type'], properties: { key: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, wikidata: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' }, documents: { type: 'integer' }, mentions: { type: 'integer' } } },
      EventRow: { type: 'object', required: ['docId', 'id', 'type'], properties: { docId: { type: 'string' }, id: { type: 'string' }, type: { type: 'string' }, trigger: { type: 'string' }, certainty: { type: 'string' }, status: { type: 'string' }, date: { type: 'string' }, place: { type: 'string' }, entities: { type: 'array', items: { type: 'string' } } } },
      Story: { type: 'object', description: 'stories-v1 story', required: ['id', 'title', 'documents', 'entities', 'events', 'facts', 'timeline'], properties: { id: { type: 'string' }, title: { type: 'string' }, documents: { type: 'array', items: { type: 'object' } }, entities: { type: 'array', items: { type: 'object' } }, events: { type: 'array', items: { type: 'object' } }, facts: { type: 'array', items: { type: 'object' } }, timeline: { type: 'array', items: { type: 'object' } } } },
      Analysis: { type: 'object', description: 'analysis-v1', required: ['version', 'document', 'sentences', 'entities', 'times', 'quantities', 'claims', 'events', 'checks'] },
    },
  },
} as const;
