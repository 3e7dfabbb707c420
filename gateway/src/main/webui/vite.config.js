import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The console is served by the gateway at /; in development `npm run dev` proxies the API to the local gateway.
export default defineConfig({
  plugins: [preact()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/api': 'http://127.0.0.1:18000', '/console-config.json': 'http://127.0.0.1:18000' } },
});
