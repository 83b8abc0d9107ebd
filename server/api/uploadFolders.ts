/**
 * The temporary folders of import uploads: one per import, named with the process id so that folders left by
 * a Trellis that died mid-import (kill -9, out of memory) are recognised and removed at the next start, while
 * a folder of another live Trellis sharing the same temporary directory is left alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PREFIX = 'trellis-import-';
const OWNED = /^trellis-import-(\d+)-/;

export class UploadFolders {
  constructor(private readonly root: string = os.tmpdir()) {}

  create(): Promise<string> {
    return fs.promises.mkdtemp(path.join(this.root, `${PREFIX}${process.pid}-`));
  }

  remove(folder: string): Promise<void> {
    return fs.promises.rm(folder, { recursive: true, force: true });
  }

  /** Removes the folders whose process is gone; answers their names. */
  async removeStale(): Promise<string[]> {
    const names = await fs.promises.readdir(this.root).catch(() => [] as string[]);
    const stale = names.filter((name) => {
      const pid = Number(OWNED.exec(name)?.[1]);
      return Number.isInteger(pid) && pid !== process.pid && !alive(pid);
    });
    await Promise.all(stale.map((name) => this.remove(path.join(this.root, name))));
    return stale;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}
