// Preloaded (node -r) into each platform process the bench spawns, over an IPC channel: when the bench goes
// away, even killed or crashed, the channel closes and the process ends, so no service outlives its run.
if (process.send) {
  process.channel?.unref();
  process.on('disconnect', () => process.exit(1));
}

export {};
