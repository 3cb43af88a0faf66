# One image for every process of the hub; docker-compose.yml picks the entry point per service.
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
COPY scripts/prisma-generate.mjs scripts/
COPY prisma prisma
RUN npm ci --include=dev
COPY . .
RUN node scripts/prisma-generate.mjs
EXPOSE 4000 4001 4002 4003 4004
CMD ["node", "--import", "tsx", "gateway/src/index.ts"]
