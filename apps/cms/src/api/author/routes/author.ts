import { factories } from '@strapi/strapi';

// Only 'find' is routed: Strapi lets a role populate a relation only through a routed read
// action, and an article's author is public information on every story page.
export default factories.createCoreRouter('api::author.author', { only: ['find'] });
