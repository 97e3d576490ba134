# The criteria service and the app (mocking off) from one port, for a team deployment.
# With DATABASE_URL it uses Postgres (compose.yaml); without, PGlite in /data.
# Two stages: the build needs Vite and TypeScript; the service runs from an
# `npm ci --omit=dev` install (scripts/check-production-install.sh proves the same steps
# in CI without Docker), as the unprivileged node user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:no-mock

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/src ./src
COPY --from=build /app/service ./service
COPY --from=build /app/server ./server
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/dist-no-mock ./dist-no-mock
RUN mkdir -p /data && chown node /data && chmod 700 /data
USER node
ENV HOST=0.0.0.0 PORT=8080 DATA_DIR=/data
EXPOSE 8080
CMD ["node", "--import", "tsx", "server/main.ts"]
