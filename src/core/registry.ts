// A registry of implementations keyed by name (after TensorFlow.js's kernel registry): duplicates and unknown names throw.
import { UnknownNameError } from "./errors.js";

export class Registry<T> {
  readonly #items = new Map<string, T>();
  constructor(readonly kind: string) {}

  register(name: string, item: T): void {
    if (this.#items.has(name)) throw new Error(`${this.kind} "${name}" is registered twice`);
    this.#items.set(name, item);
  }

  has(name: string): boolean {
    return this.#items.has(name);
  }

  get(name: string, path?: string): T {
    const item = this.#items.get(name);
    if (item === undefined) throw new UnknownNameError(this.kind, name, this.names(), path ?? this.kind);
    return item;
  }

  names(): string[] {
    return [...this.#items.keys()].sort();
  }
}
