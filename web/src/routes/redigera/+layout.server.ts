import { signedInEditor } from '$lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

/** Every editor page needs a signed-in editor; the token itself never leaves the server. */
export const load: LayoutServerLoad = async ({ cookies, setHeaders }) => {
  const editor = await signedInEditor(cookies);
  setHeaders({ 'cache-control': 'private, no-store' });
  return { editor: { role: editor.role, forbund: editor.forbund ?? null, label: editor.label } };
};
