// A block of wasm memory holding elements of one dtype, shared by all views of it. Freed when the last tensor
// that uses it is destroyed (explicitly, or by the FinalizationRegistry safety net in tensor.ts).
import { DType, itemSize } from './dtype';
import { inspection } from './inspection';
import { INFERENCE_INPLACE, isInferenceMode } from './autograd/grad_mode';
import { TorchError } from './errors';
import { allocBytes, wasm } from './wasm';

export class Storage {
  readonly ptr: number;
  readonly nbytes: number;
  private refs = 0;
  private freed = false;

  constructor(readonly numel: number, readonly dtype: DType) {
    this.nbytes = numel * itemSize(dtype);
    this.ptr = allocBytes(this.nbytes);
  }

  retain(): void {
    if (this.freed) throw new Error('tnb internal error: storage used after it was freed');
    this.refs++;
  }

  release(): void {
    if (--this.refs === 0) {
      this.freed = true;
      wasm().free(this.ptr);
    }
  }

  get isFreed(): boolean { return this.freed; }
}

/**
 * The version counter shared by a tensor and its views (PyTorch's `_version`): in-place ops bump it, saved
 * tensors remember it. `.data` gets a fresh counter, `detach()` shares it, as in PyTorch.
 */
export class VersionCounter {
  value = 0;
  /** Where the last bump happened (`inspection.site`), for diagnostics: "which line modified this tensor in place". */
  lastBumpSite = -1;
  /**
   * Made under inference_mode: the tensor is an inference tensor (PyTorch's have no version counter; its views share
   * this one, so they are inference tensors too, and views made there of normal tensors are not).
   */
  readonly inference = isInferenceMode();
  bump(): void {
    // (after the write, as PyTorch's ADInplaceOrView kernel checks it: the values have changed when this throws)
    if (this.inference && !isInferenceMode()) throw new TorchError('RuntimeError', INFERENCE_INPLACE);
    this.value++; this.lastBumpSite = inspection.site;
  }
}
