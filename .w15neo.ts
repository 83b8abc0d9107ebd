import fs from 'node:fs';
import { startManagedNeo4j } from './server/db/managedNeo4j.ts';
import { freePort } from './server/db/ports.ts';
const managed = await startManagedNeo4j({
  home: '/tmp/w15neo',
  boltPort: await freePort(),
  heapMb: 1024,
  pageCacheMb: 256,
  startTimeoutMs: 1_500_000,
});
fs.writeFileSync('/tmp/w15neo.env', `NEO4J_URI=${managed.uri}\nNEO4J_USER=${managed.user}\nNEO4J_PASSWORD=${managed.password}\n`);
process.stdout.write('up\n');
process.on('SIGTERM', async () => { await managed.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
