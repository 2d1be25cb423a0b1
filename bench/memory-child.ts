/** Entry of the peak-memory child process (bench/memory-case.ts); bundled by bench/run.mjs. */
import { memoryChild } from './memory-case.ts';

memoryChild();
