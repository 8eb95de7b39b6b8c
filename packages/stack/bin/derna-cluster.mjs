#!/usr/bin/env node
// `pnpm start:cluster`: the nginx edge, site and CMS replicas on one machine (src/cluster/run.mjs).
import { runCluster } from '../src/cluster/run.mjs';

const code = await runCluster();
if (code !== undefined) process.exit(code);
