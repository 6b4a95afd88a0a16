import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL with CodeMirror is one ~780 kB chunk, loaded only by the explorer
    // page; the dashboard's own chunks stay far below this.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // Two pages: the dashboard, and the GraphQL explorer the API serves on a
      // browser's GET /graphql. A page of its own keeps GraphiQL out of the
      // dashboard's first load.
      input: { index: 'index.html', graphiql: 'graphiql.html' },
      onwarn(warning, warn) {
        // GraphiQL ships react-compiler-runtime, whose "use no memo" directive
        // only matters to the React Compiler, which this build does not run.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('react-compiler-runtime')) return;
        warn(warning);
      },
    },
  },
  server: {
    // `vite` on its own port, the API on 8000: the paths the dashboard and its
    // first-run guide use go to the API.
    proxy: {
      '/graphql': { target: 'http://localhost:8000', ws: true },
      '/result': 'http://localhost:8000',
    },
  },
});
