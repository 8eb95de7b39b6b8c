const started = Date.now();

/** Progress on stderr: the setup builds and boots for minutes, and a silent run looks hung. */
export const log = (message: string) => process.stderr.write(`[e2e ${Math.round((Date.now() - started) / 1000)} s] ${message}\n`);

export const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
  const start = Date.now();
  log(`${label}…`);
  const result = await step();
  log(`${label}: done in ${Math.round((Date.now() - start) / 1000)} s`);
  return result;
};
