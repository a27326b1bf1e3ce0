// Functions the host (kernel/engine/wasm.ts) gives the kernel.

/**
 * Nonzero when the user asked to interrupt (the kernel worker's interrupt buffer holds a signal number): long
 * kernels poll it every few milliseconds of work and return early, and the host raises KeyboardInterrupt.
 */
// @ts-ignore: decorator
@external("env", "interrupted")
export declare function interrupted(): i32;
