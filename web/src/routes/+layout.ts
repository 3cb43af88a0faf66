// The public pages need no JavaScript: rendered on the server, links and GET forms (issue 13). The
// editor (/redigera, a later slice) may turn client rendering on for its own pages.
export const csr = false;
