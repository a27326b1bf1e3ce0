// Everything that crosses between the extension host (or the CLI), the kernel worker and the renderer
// (CONVENTIONS 13, 16). The renderer and the extension import its types; it imports nothing.
//
// Host -> worker: `HostMessage`; worker -> host: `WorkerMessage`. Requests carry an `id`; every message a request
// causes carries the same `id`. An execute request is answered by any number of stream/display messages and
// then exactly one `done` (with `error` set when the cell raised). Interrupts do not travel as messages: the host
// writes 2 (SIGINT) into the shared interrupt buffer it gave the worker at start (`WorkerStartData`), which
// CPython checks between bytecodes; an `interrupt` message exists only so that a host without shared memory can
// ask (the worker then sets the same flag itself, which only helps between cells).

export const TENSOR_MIME = 'application/vnd.tnb.tensor+json';
export const GRAPH_MIME = 'application/vnd.tnb.graph+json';
export const STDOUT_MIME = 'application/vnd.code.notebook.stdout';
export const STDERR_MIME = 'application/vnd.code.notebook.stderr';
export const ERROR_MIME = 'application/vnd.code.notebook.error';

/** Bound on the values a tensor payload carries (a downsampled picture of bigger tensors, never the whole). */
export const SAMPLE_LIMIT = 4096;
/** Displayed tensors a kernel keeps for renderer requests (the oldest are let go). */
export const DISPLAY_KEEP = 256;
/** Bound on the nodes a graph payload carries. */
export const GRAPH_NODE_LIMIT = 2000;

// --- start-up --------------------------------------------------------------------------------------------------------

/** `workerData` of the kernel worker. */
export interface WorkerStartData {
  /** 8-byte SharedArrayBuffer: the host stores the id of the execute request in element 1, then 2 in element 0 to
   * raise KeyboardInterrupt in it. */
  interruptBuffer: SharedArrayBuffer;
  /** Folder where the Pyodide memory snapshot is cached (made on first start); null: always cold start. */
  snapshotDir: string | null;
  /** Working directory of the Python process (mounted from the host file system); null: Pyodide's /home/pyodide. */
  cwd: string | null;
  /** `sys.argv` for `tnb run FILE.py`. */
  argv?: string[];
  /** Force a wasm build of the engine ('relaxed' | 'simd'); default: the best this runtime validates. */
  wasmBuild?: string;
  /** Threads one tensor op may use (TNB_THREADS); default: the number of cores. */
  threads?: number;
  /** Characters one cell may print before the rest is dropped (tnb.maxCellOutputChars); null/absent: no limit. */
  maxOutputChars?: number | null;
}

export interface StartTimings {
  /** How Pyodide was loaded: from the cached snapshot, or cold (and whether a snapshot was written). */
  mode: 'snapshot' | 'cold' | 'cold+snapshot-written';
  /** Why a present snapshot was not used (stale version, unreadable), if so. */
  snapshotNote?: string;
  loadPyodideMs: number;
  /** From worker start to ready (Pyodide, engine, torch package imported). */
  readyMs: number;
  pyodideVersion: string;
  pythonVersion: string;
  kernelBuild: string;
}

// --- host -> worker --------------------------------------------------------------------------------------------------

export interface ExecuteRequest {
  type: 'execute';
  id: number;
  code: string;
  /** Name the cell's code is compiled under, e.g. `<cell 3>` (tracebacks show it) or a script path. */
  filename: string;
  /** Echo a trailing expression's value (notebook cells); false for scripts. */
  displayTrailing: boolean;
}

export interface InspectRequest {
  type: 'inspect';
  id: number;
  /** A name or attribute chain (`x`, `x.grad`, `model.fc1.weight`), resolved without running user code. */
  expression: string;
}

/** A displayed tensor's payload again, with a bigger (or smaller) sample: renderer paging and zoom. */
export interface TensorRequest {
  type: 'tensor';
  id: number;
  /** `TensorPayload.kernel` and `.handle` of the displayed tensor. */
  kernel: string;
  handle: number;
  sampleLimit: number;
}

/** A node of a displayed graph: its saved tensors and the gradient that flowed into it (graph view clicks). */
export interface NodeRequest {
  type: 'node';
  id: number;
  /** `GraphPayload.kernel` and `.handle` of the displayed graph. */
  kernel: string;
  handle: number;
  /** `GraphNode.id` in that payload. */
  node: number;
  sampleLimit: number;
}

/** The live tensors bound to names in the kernel (and modules' parameters): the Tensors view. */
export interface VariablesRequest { type: 'variables'; id: number }

export interface InterruptRequest { type: 'interrupt' }
export interface ShutdownRequest { type: 'shutdown' }

export type HostMessage = ExecuteRequest | InspectRequest | TensorRequest | NodeRequest | VariablesRequest | InterruptRequest | ShutdownRequest;

// --- worker -> host --------------------------------------------------------------------------------------------------

export interface ReadyMessage { type: 'ready'; timings: StartTimings }

/** Start failed (Pyodide could not load, the torch package raised on import). */
export interface StartErrorMessage { type: 'start-error'; message: string }

export interface StreamMessage { type: 'stream'; id: number; name: 'stdout' | 'stderr'; text: string }

/** One displayed value: a bundle of representations, `text/plain` always first. */
export interface DisplayMessage { type: 'display'; id: number; items: OutputItem[] }

export interface ErrorInfo {
  /** Python exception type name, e.g. `RuntimeError`, `KeyboardInterrupt`. */
  ename: string;
  evalue: string;
  /** The formatted traceback, as Python prints it (kernel-internal frames removed), one entry per line. */
  traceback: string[];
  /** Innermost frame in a cell or script: its filename (`<cell 3>`) and 1-based line. */
  location?: { filename: string; line: number };
  /**
   * Other lines of user code the error is about: the backward that freed the graph (a second backward), the line
   * that modified a saved tensor in place (the version error).
   */
  related?: { filename: string; line: number; message: string }[];
}

export interface DoneMessage {
  type: 'done';
  id: number;
  /** Set when the code raised (including KeyboardInterrupt). */
  error: ErrorInfo | null;
  /** Wall time of the execution in the worker. */
  ms: number;
}

export interface InspectReply { type: 'inspect-reply'; id: number; result: InspectResult }

/** Reply to TensorRequest: null when the tensor is no longer held (another kernel, or evicted). */
export interface TensorReply { type: 'tensor-reply'; id: number; tensor: TensorPayload | null }

/** Reply to NodeRequest: null when the graph is no longer held. */
export interface NodeReply { type: 'node-reply'; id: number; node: NodeDetails | null }

export interface VariablesReply { type: 'variables-reply'; id: number; variables: VariableInfo[] }

/** One live tensor for the Tensors view. */
export interface VariableInfo {
  /** The name or attribute chain it is reached by (`x`, `model.fc1.weight`). */
  name: string;
  shape: number[];
  dtype: string;
  requires_grad: boolean;
  is_leaf: boolean;
  grad_fn: string | null;
  /** Norm of `.grad` when it has one, else null. */
  gradNorm: number | null;
}

export type WorkerMessage = ReadyMessage | StartErrorMessage | StreamMessage | DisplayMessage | DoneMessage | InspectReply | TensorReply
  | NodeReply | VariablesReply;

// --- renderer <-> extension (renderer messaging) -------------------------------------------------------------------

export type RendererRequest =
  | { type: 'tensor'; requestId: number; kernel: string; handle: number; sampleLimit: number }
  | { type: 'inspect'; requestId: number; expression: string }
  | { type: 'node'; requestId: number; kernel: string; handle: number; node: number; sampleLimit: number };

export type RendererReply =
  | { type: 'reply'; requestId: number; ok: true; result: TensorPayload | InspectResult | NodeDetails | null }
  | { type: 'reply'; requestId: number; ok: false; error: string };

// --- outputs ---------------------------------------------------------------------------------------------------------

export type OutputItem =
  | { mime: 'text/plain'; data: string }
  | { mime: typeof TENSOR_MIME; data: TensorPayload }
  | { mime: typeof GRAPH_MIME; data: GraphPayload };

export interface Stats { min: number | null; max: number | null; mean: number | null; std: number | null; norm: number | null;
  /** Counts of non-finite values (the other stats ignore them). */
  nan: number; posinf: number; neginf: number }

/**
 * A bounded picture of a tensor's values: row-major values of a downsampled grid. For ≤ SAMPLE_LIMIT elements
 * it is the whole tensor (`step` all 1); otherwise every `step[d]`-th index along each dimension (bigger steps
 * on bigger dimensions). Non-finite values are encoded as the strings 'nan', 'inf', '-inf'.
 */
export interface Sample {
  shape: number[];
  step: number[];
  values: (number | 'nan' | 'inf' | '-inf')[];
}

export interface TensorSummary {
  shape: number[];
  dtype: string;
  numel: number;
  stats: Stats | null;
  sample: Sample | null;
}

/** Payload of TENSOR_MIME. */
export interface TensorPayload extends TensorSummary {
  /** Exactly what PyTorch prints for the tensor. */
  text: string;
  requires_grad: boolean;
  is_leaf: boolean;
  grad_fn: string | null;
  /** The displayed expression when it is a name or attribute chain (`x`, `x.grad`), else null. */
  name: string | null;
  version: number;
  /** `.grad`, when present (leaf, or retain_grad). */
  grad: TensorSummary | null;
  /** Kernel-side id of the displayed tensor for asking for more (held by that kernel for its last displays). */
  handle: number | null;
  /** Which kernel (worker instance) holds `handle`. */
  kernel: string | null;
  /** The grad_fn graph, for tensors that have one. */
  graph: GraphPayload | null;
}

export interface GraphNode {
  id: number;
  /** PyTorch's node name (`MulBackward0`, `AccumulateGrad`). */
  name: string;
  /** AccumulateGrad: the leaf's Python variable name when known. */
  label: string | null;
  /** Saved tensors by name with shape; `released` once a backward without retain_graph freed them. */
  saved: { name: string; shape: number[]; dtype: string }[];
  released: boolean;
  /** Leaf shape for AccumulateGrad. */
  shape?: number[];
  /** Number of outputs of a node with several (unbind, split, var_mean); absent for one. */
  outputs?: number;
  /** Index into `GraphPayload.sites`: the line of user code that created the node; null when unknown. */
  site?: number | null;
}

/** A line of user code: the file (`<cell 3>` or a script path), the 1-based line and its text. */
export interface SourceSite { file: string; line: number; code: string }

export interface GraphEdge {
  /** Gradient flows from `from` (closer to the output) to `to`. */
  from: number;
  to: number;
  /** Shape of the gradient flowing along the edge (= the input's shape). */
  shape: number[];
  /** When `to` has several outputs (unbind, split, var_mean): which of them the gradient flows into. */
  output?: number;
}

/** Payload of GRAPH_MIME (and `TensorPayload.graph`): nodes reachable from `root`, breadth first. */
export interface GraphPayload {
  root: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the graph had more than GRAPH_NODE_LIMIT nodes and was cut. */
  truncated: boolean;
  /** Creation sites the nodes refer to (`GraphNode.site`). */
  sites?: SourceSite[];
  /** Kernel-side id of the displayed graph (for NodeRequest), held by that kernel for its last displays. */
  handle?: number | null;
  /** Which kernel (worker instance) holds `handle`. */
  kernel?: string | null;
}

/** A tensor's summary with the text PyTorch prints for it. */
export interface TensorPreview extends TensorSummary { text: string }

/** Reply to a node click: what the node holds, fetched from the live kernel. */
export interface NodeDetails {
  name: string;
  label: string | null;
  /** Saved tensors (PyTorch's `_saved_*` attributes) by name; empty once backward freed them (`released`). */
  saved: { name: string; tensor: TensorPreview }[];
  released: boolean;
  /** The gradient that flowed into the node in the last backward (with respect to its output). */
  grad: TensorPreview | null;
  /** Why `grad` is null. */
  gradNote: string | null;
  /**
   * A node with several outputs: the gradient that flowed into each output in the last backward (null: none
   * reached that output); `grad` is then output 0's.
   */
  outputGrads?: (TensorPreview | null)[];
  /** AccumulateGrad: the leaf tensor itself. */
  variable: TensorPreview | null;
  site: SourceSite | null;
}

export type InspectResult =
  | { kind: 'tensor'; expression: string; tensor: TensorPayload }
  | { kind: 'value'; expression: string; type: string; repr: string }
  | { kind: 'unavailable'; expression: string; reason: string };
