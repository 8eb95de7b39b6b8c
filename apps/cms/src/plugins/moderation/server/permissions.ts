/** The plugin's admin permissions; roles are granted them in src/bootstrap/moderator-role.ts. */
export const MODERATION_ACTIONS = {
  read: 'plugin::moderation.read',
  moderate: 'plugin::moderation.moderate',
  erase: 'plugin::moderation.erase',
} as const;

export const ACTION_DEFINITIONS = [
  { section: 'plugins', displayName: 'See the moderation queue (with emails and IPs)', uid: 'read', pluginName: 'moderation' },
  { section: 'plugins', displayName: 'Approve, spam, trash and restore comments', uid: 'moderate', pluginName: 'moderation' },
  { section: 'plugins', displayName: "Erase a commenter's personal data", uid: 'erase', pluginName: 'moderation' },
];
