// Grad modes (no_grad, enable_grad, set_grad_enabled, inference_mode): one flag per thread. The engine runs in
// one thread (a worker), so a module-level flag is the thread-local flag.
let enabled = true;
let inference = false;

export function isGradEnabled(): boolean { return enabled; }
export function setGradEnabled(flag: boolean): void { enabled = flag; }
export function isInferenceMode(): boolean { return inference; }

/** Runs fn with grad mode set to `flag`, restoring the previous mode afterwards (also on throw). */
export function withGradMode<T>(flag: boolean, fn: () => T): T {
  const prev = enabled;
  enabled = flag;
  try { return fn(); } finally { enabled = prev; }
}

export function noGrad<T>(fn: () => T): T { return withGradMode(false, fn); }

/** inference_mode(mode): grad disabled, and tensors made inside are inference tensors (not tracked). */
export function withInferenceMode<T>(mode: boolean, fn: () => T): T {
  const prevInf = inference, prevEnabled = enabled;
  inference = mode;
  if (mode) enabled = false;
  try { return fn(); } finally { inference = prevInf; enabled = prevEnabled; }
}

/** inference_mode's enter/exit pair for Python's context manager: the previous (inference, grad) modes. */
export function enterInferenceMode(mode: boolean): [boolean, boolean] {
  const prev: [boolean, boolean] = [inference, enabled];
  inference = mode;
  enabled = !mode;   // (c10::InferenceMode sets grad mode to !enabled: inference_mode(False) turns grad on)
  return prev;
}
export function exitInferenceMode(prev: [boolean, boolean]): void { [inference, enabled] = prev; }

export const INFERENCE_INPLACE = 'Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.';

/** For context managers driven from Python (enter/exit pairs rather than a callback). */
export function enterGradMode(flag: boolean): boolean { const prev = enabled; enabled = flag; return prev; }
export function exitGradMode(prev: boolean): void { enabled = prev; }
