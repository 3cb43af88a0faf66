# One image for every process of the hub; docker-compose.yml picks the entry point per service.
# Two stages (issue 14, part 4): `build` installs everything and compiles the TypeScript to JavaScript
# with `npm run build` (scripts/build.ts: one esbuild bundle per process, npm packages left external,
# plus the API explorer's browser bundle, and the pages' SvelteKit build); the image itself holds only that dist/ folder and the
# production dependencies, and starts plain `node` on the built files, with no TypeScript loader, as
# an unprivileged user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY services/registry/package.json services/registry/
COPY services/funding/package.json services/funding/
COPY services/projects/package.json services/projects/
COPY services/methods/package.json services/methods/
COPY gateway/package.json gateway/
COPY web/package.json web/
# Install scripts off: Prisma's would download engines that generating a client does not need
# (scripts/prisma-generate.mjs), and the postinstall's explorer build is done by npm run build below.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
# The processes (dist/) and the pages (web/build, SvelteKit's adapter-node output, issue 13).
RUN node scripts/prisma-generate.mjs && npm run build && npm run build -w @finsam/web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY services/registry/package.json services/registry/
COPY services/funding/package.json services/funding/
COPY services/projects/package.json services/projects/
COPY services/methods/package.json services/methods/
COPY gateway/package.json gateway/
COPY web/package.json web/
# Production dependencies only, and no optional ones: above all embedded-postgres's PostgreSQL build,
# which a container never starts (DATABASE_URL names the compose file's PostgreSQL).
# Prisma's client ships a query compiler for each database it supports (55 MB); the hub's generated
# clients load PostgreSQL's alone (services/*/src/generated/prisma/internal/class.ts).
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force \
 && find node_modules/@prisma/client/runtime -name 'query_compiler_*' ! -name '*.postgresql.*' -delete
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/build ./web/build
# The node image's unprivileged user (uid 1000); the hub writes nothing to disk.
USER node
EXPOSE 4000 4001 4002 4003 4004 4005
CMD ["node", "--enable-source-maps", "dist/gateway/src/index.js"]
