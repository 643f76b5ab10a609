// What bin/durable.js needs to keep compiled code in the cache folder, built on its own as
// dist/cacheFiles.cjs: the same folder, reads and writes as the rest of the cache's.
export { cacheFolder } from './cacheFolder.js';
export { readRegularFile } from './read.js';
export { writeFileAtomic } from './atomicWrite.js';
