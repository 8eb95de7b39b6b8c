import type { StrapiApp } from '@strapi/strapi/admin';
import { canUseSettings, type Permission, type SettingsRequirements } from './settings-permissions';

const HIDDEN_ATTRIBUTE = 'data-settings-link';
/** The main menu's Settings entry (and the phone menu's), hidden by a rule, not removed: React keeps its tree. */
const HIDE_RULE = `html[${HIDDEN_ATTRIBUTE}="hidden"] nav li:has(a[href$="/settings"]) { display: none !important; }`;

type Action = { type: string; payload?: unknown; meta?: { arg?: { endpointName?: string } } };
type AdminState = { admin_app?: { permissions?: { settings?: Record<string, { main?: Permission[] }> } } };
type Store = { getState: () => AdminState };
type SettingsSection = { links?: Array<{ permissions?: Permission[] }> };

/** Strapi's own settings pages (admin_app.permissions.settings) and every plugin's settings links. */
const requirementsOf = (state: AdminState, app: StrapiApp): SettingsRequirements => {
  const own = Object.values(state.admin_app?.permissions?.settings ?? {}).map(({ main = [] }) => main);
  const sections = Object.values((app.router as unknown as { settings?: Record<string, SettingsSection> }).settings ?? {});
  const plugins = sections.flatMap(({ links = [] }) => links.map(({ permissions = [] }) => permissions));
  return [...own, ...plugins].filter((permissions) => permissions.length > 0);
};

const isMyPermissions = (action: Action): action is Action & { payload: Permission[] } =>
  action.type.endsWith('/fulfilled') && action.meta?.arg?.endpointName === 'getMyPermissions' && Array.isArray(action.payload);

const showSettingsLink = (shown: boolean) => {
  if (shown) document.documentElement.removeAttribute(HIDDEN_ATTRIBUTE);
  else document.documentElement.setAttribute(HIDDEN_ATTRIBUTE, 'hidden');
};

const installRule = () => {
  const style = document.createElement('style');
  style.dataset.purpose = 'settings-link';
  style.textContent = HIDE_RULE;
  document.head.appendChild(style);
};

/**
 * Strapi shows "Settings" in the main menu to every user, because its Overview page (the
 * version) needs no permission; for a moderator that entry leads nowhere useful. Strapi offers no
 * setting for it (strapi/strapi#17302). This redux middleware reads the signed-in user's
 * permissions as the admin loads them and hides the entry when none of them opens a Settings page.
 * The page itself stays reachable by its address (it only shows the version).
 */
export const settingsLinkGuard = (app: StrapiApp) => {
  installRule();
  return () => (store: Store) => (next: (action: Action) => unknown) => (action: Action) => {
    const result = next(action);
    if (isMyPermissions(action)) showSettingsLink(canUseSettings(action.payload, requirementsOf(store.getState(), app)));
    else if (action.type === 'admin/logout') showSettingsLink(true);
    return result;
  };
};
