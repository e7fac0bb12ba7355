// Two fixed pieces of work timed in Node just before and just after the offscreen classify section:
// one in registers (the core's speed) and one chasing pointers through 16 MB (the shared caches and
// memory, where a classification that starts on cold caches spends its time: bench/README.md,
// "Classify tail, round 3"). The classify figures move with the host, so the report prints these
// beside them: a slow tail with a slow probe is the host; one with a quiet probe is the code.
import { round } from './stats';

export interface HostSpeed {
  /** Median ms per unit of register-only work. */
  aluMs: number;
  /** Median ms per unit of the pointer chase. */
  memoryMs: number;
}

/** ~0.35 ms of integer arithmetic on a quiet core of this host; touches no memory. */
function alu(): number {
  let x = 0x9e3779b9 | 0;
  let s = 0;
  for (let i = 0; i < 200_000; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s = (s + (x & 0xff)) | 0;
  }
  return s;
}

const CELLS = 1 << 22; // 16 MB of Int32: past the private caches, into the shared one and memory
let ring: Int32Array | null = null;

/** A single random cycle through every cell (Sattolo's shuffle), so each step is a dependent miss. */
function makeRing(): Int32Array {
  const r = new Int32Array(CELLS);
  for (let i = 0; i < CELLS; i++) r[i] = i;
  let seed = 12345;
  for (let i = CELLS - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    const j = (seed >>> 1) % i;
    const t = r[i]!;
    r[i] = r[j]!;
    r[j] = t;
  }
  return r;
}

/** 2,000 dependent loads through the ring. */
function chase(start: number): number {
  const r = (ring ??= makeRing());
  let p = start;
  for (let i = 0; i < 2000; i++) p = r[p]!;
  return p;
}

function medianOf(work: () => number, wallMs: number): number {
  const times: number[] = [];
  let sink = 0;
  const end = performance.now() + wallMs;
  while (performance.now() < end) {
    const t = performance.now();
    sink = (sink + work()) | 0;
    times.push(performance.now() - t);
  }
  if (sink === 0.5) throw new Error('unreachable'); // keeps the work observable
  times.sort((a, b) => a - b);
  return round(times[times.length >> 1]!, 3);
}

export function hostSpeed(wallMs = 500): HostSpeed {
  let p = 0;
  return { aluMs: medianOf(alu, wallMs), memoryMs: medianOf(() => (p = chase(p)), wallMs) };
}
