export type Permission = { action: string; subject?: string | null };

/** What each page of Settings asks for: one list per page, any one permission of it opens it. */
export type SettingsRequirements = Permission[][];

const grants = (held: Permission, wanted: Permission) =>
  held.action === wanted.action && (wanted.subject === undefined || wanted.subject === null || wanted.subject === held.subject);

/**
 * Settings is of use to someone who may open at least one of its pages that asks for a
 * permission. Pages that ask for none (Strapi's Overview: its version) are open to everyone and
 * alone are no reason to show the menu entry.
 */
export const canUseSettings = (held: Permission[], requirements: SettingsRequirements): boolean =>
  requirements.some((wanted) => wanted.some((permission) => held.some((mine) => grants(mine, permission))));
