// What tnb shows beyond PyTorch's objects (its inspection of autograd), in one place with no imports so that every
// engine module can read it:
// - `site`: where in the user's code the current op was called, an integer the kernel turns back into a source line
//   (kernel/bridge.ts sets it per call; -1: unknown). Nodes keep the site they were created at (the graph view groups
//   repeated structure by it), version counters the site of their last in-place change, and a backward the site
//   that freed the graph's saved tensors (for the diagnostics that point at those lines).
// - `recordGrads`: each node keeps a detached copy of the last gradient that flowed into it (the gradient with
//   respect to its output), when that gradient has at most `maxNumel` elements, so that clicking a node shows it.
export const inspection = { site: -1, recordGrads: false, maxNumel: 1 << 20 };

/** Source sites an error relates to (kernel diagnostics), attached to the thrown error. */
export interface RelatedSite { site: number; message: string }

export function withSites<E extends Error>(e: E, related: RelatedSite[]): E {
  (e as E & { tnbRelated?: RelatedSite[] }).tnbRelated = related.filter((r) => r.site >= 0);
  return e;
}
