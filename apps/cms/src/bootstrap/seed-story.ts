import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { paragraphsToBlocks } from '@derna/contracts';

type SeedStory = {
  title: string;
  slug: string;
  dek: string;
  dateline: string;
  publishedDate: string;
  commentStatus: 'open' | 'closed';
  category: { name: string; slug: string };
  author: { name: string; slug: string; bio: string };
  seo: { metaTitle: string; metaDescription: string };
  paragraphs: string[];
};

const SEED_MARKER = { type: 'core', name: 'derna', key: 'seeded-derna-story' } as const;

const readSeed = async (strapi: Core.Strapi): Promise<SeedStory> =>
  JSON.parse(await fs.readFile(path.join(strapi.dirs.app.root, 'data', 'seed', 'derna-story.json'), 'utf8'));

const findOrCreate = async (
  strapi: Core.Strapi,
  uid: 'api::category.category' | 'api::author.author',
  data: { slug: string } & Record<string, string>,
) => {
  const documents = strapi.documents(uid);
  const existing = await documents.findFirst({ filters: { slug: data.slug } });
  return existing ?? documents.create({ data: data as never });
};

/**
 * Imports the Derna story once, into an empty database. A marker in Strapi's store makes it
 * idempotent: later boots, and an editor's later edits or deletions, are left alone.
 */
export const seedDernaStory = async (strapi: Core.Strapi): Promise<void> => {
  if (await strapi.store.get(SEED_MARKER)) return;
  const articles = strapi.documents('api::article.article');
  if ((await articles.count({})) === 0) {
    const seed = await readSeed(strapi);
    const category = await findOrCreate(strapi, 'api::category.category', seed.category);
    const author = await findOrCreate(strapi, 'api::author.author', seed.author);
    await articles.create({
      data: {
        title: seed.title,
        slug: seed.slug,
        dek: seed.dek,
        dateline: seed.dateline,
        publishedDate: seed.publishedDate,
        commentStatus: seed.commentStatus,
        body: paragraphsToBlocks(seed.paragraphs),
        category: category.documentId,
        author: author.documentId,
        seo: seed.seo,
      } as never,
      status: 'published',
    });
    strapi.log.info(`Seeded "${seed.title}"`);
  }
  await strapi.store.set({ ...SEED_MARKER, value: new Date().toISOString() });
};
