import { factories } from '@strapi/strapi';

// Only 'find' is routed: Strapi lets a role populate a relation only through a routed read
// action, and an article's category is public information on every story page.
export default factories.createCoreRouter('api::category.category', { only: ['find'] });
