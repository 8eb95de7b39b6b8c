import { factories } from '@strapi/strapi';

// Readers only read; editors write through the admin.
export default factories.createCoreRouter('api::article.article', { only: ['find', 'findOne'] });
