import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const committed = path.join(__dirname, 'generated');

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(folder, file)).isFile())
    .sort();
}

describe('the gRPC types generated from the .proto files', () => {
  it('are up to date: a .proto change without `npm run grpc:generate` fails here', () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'par-grpc-types-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'tools', 'grpc', 'generate-types.js'), fresh], { stdio: 'ignore' });
      expect(filesUnder(committed)).toEqual(filesUnder(fresh));
      for (const file of filesUnder(fresh)) {
        expect({ file, text: fs.readFileSync(path.join(committed, file), 'utf8') }).toEqual({ file, text: fs.readFileSync(path.join(fresh, file), 'utf8') });
      }
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });
});
