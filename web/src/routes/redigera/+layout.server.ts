import { redirect } from '@sveltejs/kit';
import { editorFrom } from '$lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

/** Every editor page needs a signed-in editor; the token itself never leaves the server. */
export const load: LayoutServerLoad = async ({ cookies, setHeaders }) => {
  const editor = await editorFrom(cookies);
  if (!editor) redirect(303, '/logga-in');
  setHeaders({ 'cache-control': 'private, no-store' });
  return { editor: { role: editor.role, forbund: editor.forbund ?? null, label: editor.label } };
};
