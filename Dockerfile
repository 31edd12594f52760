# The app built and served by nginx with the documented headers: `docker compose up --build`
# (compose.yaml), then http://localhost:8080/. Set SITE_URL for canonical and Open Graph URLs.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG SITE_URL=
RUN SITE_URL="$SITE_URL" npx vite build --logLevel warn

FROM nginx:1.27-alpine
COPY hosting/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
