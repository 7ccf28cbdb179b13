// Compile-time checks for tests (`npx tsc --noEmit` runs them): a response schema and the type its service returns.

/** A value as `Response.json` sends it: dates become ISO strings; nested objects and arrays alike. */
export type Json<T> = T extends Date ? string : T extends readonly (infer Item)[] ? Json<Item>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compiles only when `A` and `B` accept the same values (each assignable to the other). */
export function sameType<A, B>(..._: Same<A, B> extends true ? [] : [`types differ`]): void {}

/** Compiles only when every `From` is a `To` (for schemas that describe deep rows loosely). */
export function assignable<From, To>(..._: [From] extends [To] ? [] : [`not assignable`]): void {}
