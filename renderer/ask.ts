// Renderer messaging: a request to the notebook's live kernel through the extension (extension/messaging.ts),
// answered by a reply with the same requestId; no answer within 15 s counts as "not available".
import type { RendererReply, RendererRequest } from '../kernel/protocol';

/** What the renderer needs from VS Code's renderer context: messaging with the extension (the live kernel). */
export interface Messenger {
  postMessage?(message: unknown): void;
  onDidReceiveMessage?: (listener: (e: unknown) => void) => { dispose(): void };
}

let nextRequest = 1;

type Request = RendererRequest extends infer R ? (R extends { requestId: number } ? Omit<R, 'requestId'> : never) : never;

export function canAsk(m: Messenger | undefined): m is Required<Messenger> {
  return !!m?.postMessage && !!m.onDidReceiveMessage;
}

export function ask(m: Messenger, req: Request, timeoutMs = 15000): Promise<RendererReply> {
  return new Promise((resolve) => {
    const requestId = nextRequest++;
    const timer = setTimeout(() => { sub?.dispose(); resolve({ type: 'reply', requestId, ok: false, error: 'no answer from the kernel' }); }, timeoutMs);
    const sub = m.onDidReceiveMessage?.((e) => {
      const r = e as RendererReply;
      if (!r || r.type !== 'reply' || r.requestId !== requestId) return;
      clearTimeout(timer);
      sub?.dispose();
      resolve(r);
    });
    m.postMessage?.({ ...req, requestId } as RendererRequest);
  });
}
