import { articleAdmin } from './article';
import { authorAdmin } from './author';
import { categoryAdmin } from './category';
import { commentAdmin } from './comment';
import { seoAdmin } from './seo';

export type { AdminConfig, FieldConfig } from './types';

/** Every content type and component, as the Content Manager shows it (applied at boot). */
export const ADMIN_CONFIGS = [articleAdmin, authorAdmin, categoryAdmin, commentAdmin, seoAdmin];
