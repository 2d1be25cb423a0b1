import { describe } from 'vitest';
import { platformAdapterContract } from './adapter-contract.ts';
import { createMemoryAdapter } from './memory-adapter.ts';

describe('memory platform adapter', () => {
  platformAdapterContract(() => {
    const adapter = createMemoryAdapter();
    return {
      adapter,
      choose: (name) => (adapter.nextChoice = name),
      seedFile: (name, text) => adapter.files.set(name, text),
      readFile: async (name) => adapter.files.get(name),
      savesInPlace: true,
    };
  });
});
