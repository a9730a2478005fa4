/** The JSON Schema of the analyze record, for users outside TypeScript. */
import { z } from 'zod';
import { ArticleRecordSchema, FailureRecordSchema } from './schema.js';

export function articleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(z.union([ArticleRecordSchema, FailureRecordSchema]), { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://github.com/dateline/dateline/schema/article.schema.json',
    title: 'dateline analyze record',
    description: 'One line of `dateline analyze` output: an analysed article, or a failure record for an input that could not be read.',
  };
}
