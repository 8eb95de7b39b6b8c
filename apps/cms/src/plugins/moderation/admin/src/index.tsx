// Minimal registration; the Moderation page itself lives in pages/.
const PLUGIN_ID = 'moderation';

export default {
  register(app: { addMenuLink: (link: unknown) => void; registerPlugin: (plugin: unknown) => void }) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: () => null,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Moderation' },
      permissions: [{ action: 'plugin::moderation.read', subject: null }],
      Component: async () => ({ default: () => null }),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Moderation' });
  },
};
