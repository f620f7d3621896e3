/**
 * Reads until the read model shows what a command just wrote (the gateway's reads follow its commands a moment
 * later: eventual consistency), so a screen never shows the value from before a save it reported done.
 * After `tries` reads it settles for the last one; the next refetch will catch up.
 */
export async function followReadModel<T>(read: () => Promise<T>, caughtUp: (value: T) => boolean, { tries = 40, pauseMs = 150 } = {}): Promise<T> {
  let value = await read();
  for (let attempt = 1; attempt < tries && !caughtUp(value); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    value = await read();
  }
  return value;
}
