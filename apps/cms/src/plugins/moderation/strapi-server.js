'use strict';

// The plugin's server code is TypeScript, compiled with the rest of the CMS into dist/.
module.exports = require('../../../dist/src/plugins/moderation/server/index.js').default;
