/**
 * Answers kept in memory, least recently used first out, bounded by entry count AND bytes. An answer in
 * flight is an entry too (identical concurrent queries share it) with no size until it arrives; sizes are
 * counted synchronously when it does, so eviction always terminates — an earlier version subtracted sizes
 * in a promise callback and spun forever once the byte budget was passed.
 */
interface Entry<T> {
  value: Promise<T>;
  bytes: number;
}

export class AnswerCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  #bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  /** Bytes of the answers that have arrived. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The cached answer, marked as the most recently used. */
  get(key: string): Promise<T> | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` under `key`; a rejected value is dropped, so the next identical query tries again. */
  set(key: string, value: Promise<T>): void {
    if (this.maxEntries <= 0) return;
    this.#remove(key);
    const entry: Entry<T> = { value, bytes: 0 };
    this.#entries.set(key, entry);
    value.then(
      (v) => {
        if (this.#entries.get(key) !== entry) return; // evicted or replaced while in flight
        entry.bytes = this.sizeOf(v);
        this.#bytes += entry.bytes;
        this.#evict();
      },
      () => {
        if (this.#entries.get(key) === entry) this.#remove(key);
      },
    );
    this.#evict();
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#bytes -= entry.bytes;
    this.#entries.delete(key);
  }

  #evict(): void {
    // Each pass removes one entry, so this ends at an empty cache at the latest.
    while (this.#entries.size > 0 && (this.#entries.size > this.maxEntries || this.#bytes > this.maxBytes)) {
      this.#remove(this.#entries.keys().next().value as string);
    }
  }
}
