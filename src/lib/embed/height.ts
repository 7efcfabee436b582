/**
 * The embed's side of auto-height: posts `{type: 'regionpuls:height', height}` to the parent page
 * whenever the content's height changes. The host side (static/embed/regionpuls.js) checks the
 * sender's origin and sizes the iframe. The message goes to any origin ('*') because the host's is
 * unknown and a height reveals nothing; a 'regionpuls:ping' from the parent asks for it again, for
 * a host script that starts listening after the first message was sent.
 */
export const HEIGHT_MESSAGE = 'regionpuls:height';
export const PING_MESSAGE = 'regionpuls:ping';

export function reportHeight(el: HTMLElement): () => void {
  const parent = window.parent;
  if (parent === window) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent || (e.data as { type?: unknown } | null)?.type !== PING_MESSAGE) return;
    last = -1;
    post();
  };
  const observer = new ResizeObserver(post);
  observer.observe(el);
  window.addEventListener('message', onMessage);
  post();
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
