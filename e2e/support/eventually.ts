/**
 * Retries an assertion until it passes, for what the page does on its own time (hydration, a
 * revalidation, a smooth scroll). Fails with the assertion's last error.
 */
export const eventually = async <T>(assertion: () => Promise<T> | T, timeoutMs = 10_000, everyMs = 100): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
};
