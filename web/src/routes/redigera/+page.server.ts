import { WebEditorProjectsDocument } from '$lib/graphql/generated/graphql.ts';
import { query } from '$lib/server/api.ts';
import { signedInEditor } from '$lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, fetch, url }) => {
  const editor = await signedInEditor(cookies);
  // An editor sees its own förbund; national_admin chooses one (?forbund=).
  const forbundId = editor.role === 'forbund_editor' ? editor.forbund : url.searchParams.get('forbund') || undefined;
  if (!forbundId) return { forbundId: null, forbund: null };
  const { data } = await query(fetch, WebEditorProjectsDocument, { forbundId }, editor.token);
  return { forbundId, forbund: data.forbund };
};
