// `npm start`: install if needed, build the bundle, serve the demo page and print its address.
import { execSync } from 'node:child_process';
import { ensureDependencies } from './setup.mjs';

await ensureDependencies();
execSync('npm run build --silent', { stdio: 'inherit' });
const { serve } = await import('./serve.mjs');
const { url } = await serve({ port: Number(process.env.PORT ?? 8080), compress: true });
console.log(`\nDemo page: ${url}/demo/\nStorybook: npm run storybook\n(Ctrl+C to stop)`);
