import { gzipSync } from 'node:zlib';

/**
 * The scripts a modern browser loads for a page: every `<script src>` except `nomodule` ones
 * (legacy polyfills), and every script preloaded with `<link rel=preload|modulepreload>`.
 */
export const scriptUrls = (html: string, pageUrl: string): string[] => {
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)]
    .filter(([tag]) => !/\bnomodule\b/i.test(tag))
    .map(([, src]) => src as string);
  const preloads = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel="(preload|modulepreload)"/i.test(tag) && (/\bas="script"/i.test(tag) || /modulepreload/i.test(tag)))
    .map((tag) => tag.match(/\bhref="([^"]+)"/i)?.[1] ?? '')
    .filter(Boolean);
  return [...new Set([...tags, ...preloads])].map((src) => new URL(src.replace(/&amp;/g, '&'), pageUrl).toString());
};

export type ScriptWeight = { url: string; bytes: number; gzipBytes: number };

/** Fetches each script and gzips it (zlib's default level, as `next start` compresses). */
export const scriptWeights = async (pageUrl: string): Promise<{ scripts: ScriptWeight[]; gzipBytes: number; bytes: number }> => {
  const html = await (await fetch(pageUrl)).text();
  const scripts = await Promise.all(
    scriptUrls(html, pageUrl).map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      return { url, bytes: body.length, gzipBytes: gzipSync(body).length };
    }),
  );
  const sum = (key: 'bytes' | 'gzipBytes') => scripts.reduce((total, script) => total + script[key], 0);
  return { scripts, gzipBytes: sum('gzipBytes'), bytes: sum('bytes') };
};
