import { LOGGED_SERVICES, openEmbeddedPlatform } from '../embedded/embedded-platform';

/** `par verify`: recomputes every hash chain of every service log; false when one is broken. */
export async function verify({ dataDir }: { dataDir: string }): Promise<boolean> {
  const platform = await openEmbeddedPlatform(dataDir, (line) => process.stderr.write(`${line}\n`));
  try {
    let allOk = true;
    for (const service of LOGGED_SERVICES) {
      const verdict = await platform.stores[service].verify();
      if (verdict.ok) {
        process.stdout.write(`${service}: ok, ${verdict.events} events in ${verdict.streams} streams\n`);
      } else {
        allOk = false;
        const broken = verdict.firstBroken;
        process.stdout.write(
          `${service}: BROKEN at stream ${broken.streamId} version ${broken.streamVersion} (event ${broken.eventId}): ` +
            `${broken.problem}, expected ${broken.expected}, found ${broken.actual}\n`,
        );
      }
    }
    return allOk;
  } finally {
    await platform.close();
  }
}
