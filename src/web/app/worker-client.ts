/**
 * The engine worker, started from the page's own text (a blob: URL, so it works from file:// with no network), and
 * the one place the page talks to it. Requests made before the worker says `ready` wait, in order.
 */
import type { Reply, Request } from '../protocol.js';

export interface EngineClient {
  send(request: Request, transfer?: Transferable[]): void;
}

export function startEngine(source: string, onReply: (reply: Reply) => void, onFailure: (message: string) => void): EngineClient {
  const queue: Array<{ request: Request; transfer: Transferable[] }> = [];
  let ready = false;
  let worker: Worker;
  try {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    worker = new Worker(url);
  } catch (error) {
    onFailure(error instanceof Error ? error.message : String(error));
    return { send() {} };
  }
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const reply = event.data;
    if (reply.type === 'ready' && !ready) {
      ready = true;
      onReply(reply);
      for (const { request, transfer } of queue.splice(0)) worker.postMessage(request, transfer);
      return;
    }
    onReply(reply);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onFailure(event.message || 'worker error');
  });
  return {
    send(request, transfer = []) {
      if (ready) worker.postMessage(request, transfer);
      else queue.push({ request, transfer });
    },
  };
}
