/** Write schema/article.schema.json from the zod schema of the analyze record. */
import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../src/document/json-schema.js';

writeFileSync(new URL('../schema/article.schema.json', import.meta.url), JSON.stringify(articleJsonSchema(), null, 2) + '\n');
console.log('wrote schema/article.schema.json');
