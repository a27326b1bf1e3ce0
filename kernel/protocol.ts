// Everything that crosses between the extension host, the kernel worker and the renderer (CONVENTIONS 13, 16).
// The renderer and the extension import its types; it imports nothing.
//
// For now it holds the output mime types the manifest declares and the payload the renderer reads. The
// host <-> worker messages (a discriminated union on `type`, with `id` for request/response) arrive with the
// kernel-session issue; the richer tensor payload (shape, dtype, stats, a bounded sample) and the grad_fn graph
// payload with the renderer issue.

export const TENSOR_MIME = 'application/vnd.tnb.tensor+json';
export const GRAPH_MIME = 'application/vnd.tnb.graph+json';

/** Payload of TENSOR_MIME: `text` is exactly what PyTorch prints for the tensor. */
export interface TensorPayload {
  text: string;
}
