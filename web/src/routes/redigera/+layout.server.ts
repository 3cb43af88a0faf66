import { redirect } from '@sveltejs/kit';
import { sessionFrom, signOut } from '$lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

/** Every editor page needs a signed-in editor; the token itself never leaves the server. */
export const load: LayoutServerLoad = async ({ cookies, setHeaders }) => {
  const { editor, expired } = await sessionFrom(cookies);
  if (!editor) {
    if (expired) {
      signOut(cookies);
      redirect(303, '/logga-in?utgangen');
    }
    redirect(303, '/logga-in');
  }
  setHeaders({ 'cache-control': 'private, no-store' });
  return { editor: { role: editor.role, forbund: editor.forbund ?? null, label: editor.label } };
};
