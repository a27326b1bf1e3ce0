// Renderer messaging: the tnb renderer (in the output webview) asks the cell's live kernel for more — a tensor's
// values at another sample size (paging, zoom), or an inspection — and gets a reply tagged with its requestId.
// Without a live kernel the reply says so and the renderer keeps what the saved output shows.
import * as vscode from 'vscode';
import type { RendererReply, RendererRequest } from '../kernel/protocol';
import type { TnbController } from './controller';

export const RENDERER_ID = 'tnb-renderer';

export function registerRendererMessaging(ctrl: TnbController): vscode.Disposable {
  const messaging = vscode.notebooks.createRendererMessaging(RENDERER_ID);
  return messaging.onDidReceiveMessage(async ({ editor, message }) => {
    const req = message as RendererRequest;
    if (!req || typeof req !== 'object' || typeof req.requestId !== 'number') return;
    const reply = await answer(ctrl, editor.notebook, req);
    await messaging.postMessage(reply, editor);
  });
}

export async function answer(ctrl: TnbController, notebook: vscode.NotebookDocument, req: RendererRequest): Promise<RendererReply> {
  try {
    const session = ctrl.session(notebook);
    if (!session || session.state === 'dead' || session.state === 'disposed') {
      return { type: 'reply', requestId: req.requestId, ok: false, error: 'no live kernel for this notebook' };
    }
    if (req.type === 'tensor') {
      return { type: 'reply', requestId: req.requestId, ok: true, result: await session.tensor(req.kernel, req.handle, req.sampleLimit) };
    }
    if (req.type === 'node') {
      return { type: 'reply', requestId: req.requestId, ok: true, result: await session.node(req.kernel, req.handle, req.node, req.sampleLimit) };
    }
    if (req.type === 'inspect') {
      return { type: 'reply', requestId: req.requestId, ok: true, result: await session.inspect(req.expression) };
    }
    return { type: 'reply', requestId: (req as { requestId: number }).requestId, ok: false, error: `unknown request ${(req as { type: string }).type}` };
  } catch (e) {
    return { type: 'reply', requestId: req.requestId, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
