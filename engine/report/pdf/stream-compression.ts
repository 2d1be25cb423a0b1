/*
 * How the PDF's streams (page contents, embedded fonts) are compressed. jsPDF deflates them with
 * its bundled JavaScript zlib, about a quarter of the time a 17-page report takes to render in a
 * fresh Node process (the code runs before V8 has optimised it, then V8 spends as long again
 * optimising it on the other core). Node's native zlib does the same work in a few
 * milliseconds, so the CLI passes it in; the app keeps jsPDF's own.
 */
import type { jsPDF } from 'jspdf';
import { binaryString, bytesOf } from './binary-string.ts';

/** Compresses bytes in the zlib format that a PDF's /FlateDecode filter reads. */
export type Deflate = (data: Uint8Array) => Uint8Array;

type ProcessDataByFilters = (
  data: string,
  filters: string | string[] | undefined,
) => { data: string; reverseChain: string };

/**
 * Runs `write` (the document's `output`) with `deflate` doing jsPDF's FlateEncode filter. jsPDF
 * looks the filter function up on its class's shared API object for every stream, with no
 * per-document option, so it is swapped for the duration of this synchronous call only and
 * always put back. Any other filter chain, and any stream `deflate` fails on, goes to jsPDF's
 * own.
 */
export function withStreamCompression<T>(
  jsPdfClass: typeof jsPDF,
  deflate: Deflate | undefined,
  write: () => T,
): T {
  const api = jsPdfClass.API as unknown as { processDataByFilters?: ProcessDataByFilters };
  const original = api.processDataByFilters;
  if (!deflate || !original) return write();
  api.processDataByFilters = (data, filters) => {
    const chain = typeof filters === 'string' ? [filters] : (filters ?? []);
    if (chain.length !== 1 || (chain[0] !== 'FlateEncode' && chain[0] !== '/FlateEncode')) {
      return original(data, filters);
    }
    try {
      return { data: binaryString(deflate(bytesOf(data))), reverseChain: '/FlateDecode' };
    } catch {
      // jsPDF swallows errors thrown while it writes fonts (and would write a broken stream):
      // its own deflate is slower but right.
      return original(data, filters);
    }
  };
  try {
    return write();
  } finally {
    api.processDataByFilters = original;
  }
}
