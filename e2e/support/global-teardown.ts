import { STACK_KEY, type Stack } from './stack';

export default async function globalTeardown() {
  const stack = (globalThis as Record<string, unknown>)[STACK_KEY] as Stack | undefined;
  await stack?.web.stop();
  await stack?.cms.destroy();
}
