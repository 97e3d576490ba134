# The criteria service and the app (mocking off) from one port, for a team deployment.
# With DATABASE_URL it uses Postgres (compose.yaml); without, PGlite in /data.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:no-mock && mkdir -p /data && chown node /data
USER node
ENV HOST=0.0.0.0 PORT=8080 DATA_DIR=/data
EXPOSE 8080
CMD ["npx", "tsx", "server/main.ts"]
