import { COMMENT_STATUSES, newCommentSchema } from '@derna/contracts';
import schema from '../../src/api/comment/content-types/comment/schema.json';

type Attribute = { type: string; required?: boolean; enum?: string[]; maxLength?: number; private?: boolean };
const attributes = schema.attributes as Record<string, Attribute>;
/**
 * Required in storage by the comment guard, below every API, not by the schema: the Content
 * Manager's form cannot save a required field its user may not read (src/documents/comment-guard.ts).
 */
const REQUIRED_BY_GUARD = new Set(['article']);

/** Strapi's schema is the truth for storage, the contracts for the wire: they must not drift. */
describe('the comment schema and the wire contract agree', () => {
  const wireFields = Object.keys(newCommentSchema.shape);

  it('stores every field a reader sends', () => {
    for (const field of wireFields) expect(attributes).toHaveProperty(field);
  });

  it('requires in storage what the wire requires', () => {
    for (const field of wireFields) {
      const optional = newCommentSchema.shape[field as keyof typeof newCommentSchema.shape].safeParse(undefined).success;
      expect({ field, required: Boolean(attributes[field]?.required) || REQUIRED_BY_GUARD.has(field) }).toEqual({ field, required: !optional });
    }
  });

  it('has the same moderation statuses', () => {
    expect(attributes.moderationStatus?.enum).toEqual([...COMMENT_STATUSES]);
  });

  it('leaves length limits to the contract, which counts characters and bytes as WordPress does', () => {
    // Strapi's maxLength counts UTF-16 units: it would refuse 245 emoji the contract allows.
    for (const field of ['authorName', 'authorEmail', 'authorUrl', 'body']) expect(attributes[field]?.maxLength).toBeUndefined();
  });

  it('keeps personal data private', () => {
    for (const field of ['authorEmail', 'authorIp', 'userAgent', 'flagReason', 'moderatedBy', 'moderatedAt']) {
      expect({ field, private: attributes[field]?.private }).toEqual({ field, private: true });
    }
  });
});
