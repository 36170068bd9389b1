// write-good ships no types: the one call the benchmark makes.
declare module 'write-good' {
  export default function writeGood(text: string, options?: Record<string, boolean>): { index: number; offset: number; reason: string }[];
}
