import type { Core } from '@strapi/strapi';
import { ADMIN_CONFIGS, type AdminConfig } from '../admin-config';

type Metadata = { edit: Record<string, unknown>; list: Record<string, unknown> };
type LayoutField = { name: string; size: number };
type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: LayoutField[][] };
};
type ConfigService = {
  findContentType?: (uid: string) => unknown;
  findComponent?: (uid: string) => unknown;
  findConfiguration: (model: unknown) => Promise<Configuration>;
  updateConfiguration: (model: unknown, configuration: Omit<Configuration, 'uid'>) => Promise<unknown>;
};

/** Our labels and help over Strapi's metadata, keeping every key of its own (mainField, sortable…). */
const mergeMetadatas = (current: Configuration['metadatas'], { fields }: AdminConfig) =>
  Object.fromEntries(
    Object.entries(current).map(([name, metadata]) => {
      const field = fields[name];
      if (!field) return [name, metadata];
      const edit: Record<string, unknown> = { ...metadata.edit, label: field.label, description: field.description ?? '', editable: !field.readOnly };
      if (field.placeholder) edit.placeholder = field.placeholder;
      return [name, { edit, list: { ...metadata.list, label: field.listLabel ?? field.label } }];
    }),
  );

/**
 * Our edit layout, plus, at the end, any field added to the schema since it was written (Strapi
 * would show it; so do we, until someone gives it its place here).
 */
const editLayout = (current: Configuration['layouts']['edit'], config: AdminConfig): LayoutField[][] => {
  const ours = config.edit.map((row) => row.map(([name, size]) => ({ name, size })));
  const placed = new Set(Object.keys(config.fields));
  const newcomers = current.flat().filter(({ name }) => !placed.has(name));
  return newcomers.length ? [...ours, ...newcomers.map((field) => [field])] : ours;
};

const serviceFor = (strapi: Core.Strapi, { kind }: AdminConfig) =>
  strapi.plugin('content-manager').service(kind === 'component' ? 'components' : 'content-types') as unknown as ConfigService;

/**
 * The Content Manager's labels, descriptions, list columns and edit layouts are part of the
 * product: set from src/admin-config at every boot, the same on every install. Strapi has
 * already synced its own configuration with the schemas (the plugin boots before the app).
 */
export const applyAdminLayouts = async (strapi: Core.Strapi): Promise<void> => {
  for (const config of ADMIN_CONFIGS) {
    const service = serviceFor(strapi, config);
    const model = config.kind === 'component' ? service.findComponent?.(config.uid) : service.findContentType?.(config.uid);
    if (!model) throw new Error(`Admin configuration for ${config.uid}: no such ${config.kind}.`);
    const current = await service.findConfiguration(model);
    await service.updateConfiguration(model, {
      settings: { ...current.settings, ...config.settings },
      metadatas: mergeMetadatas(current.metadatas, config),
      layouts: { ...current.layouts, list: config.list ?? current.layouts.list, edit: editLayout(current.layouts.edit, config) },
    });
  }
};
