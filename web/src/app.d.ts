// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      /** The GraphQL reads behind the page, for its Cache-Control (lib/server/page-cache.ts). */
      reads: import('$lib/server/page-cache.ts').PageReads;
    }
  }
}

export {};
