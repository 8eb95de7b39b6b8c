import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  const webUrl = env('WEB_URL', 'http://localhost:3000');
  const uploadsUrl = env('S3_PUBLIC_URL');
  const uploadOrigins = uploadsUrl ? [new URL(uploadsUrl).origin] : [];
  return [
    'strapi::logger',
    'strapi::errors',
    'global::database-unavailable',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'connect-src': ["'self'", 'https:'],
            'img-src': ["'self'", 'data:', 'blob:', ...uploadOrigins],
            'media-src': ["'self'", 'data:', 'blob:', ...uploadOrigins],
            // The admin's preview pane frames the site.
            'frame-src': ["'self'", webUrl],
            upgradeInsecureRequests: null,
          },
        },
      },
    },
    { name: 'strapi::cors', config: { origin: [webUrl] } },
    'strapi::poweredBy',
    'strapi::query',
    { name: 'strapi::body', config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb' } },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
