// Runs before every npm script. Kept as plain JavaScript that any Node can parse, so it can
// explain the problem instead of failing on syntax the old Node does not understand.
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 22 || (major === 22 && minor >= 12);

if (!ok) {
  const lines = [
    '',
    `This project needs Node 22.12 or newer; this command ran on Node ${process.versions.node}.`,
    '',
    'Node 22 is installed by the project itself (the pinned "node" package in devDependencies),',
    'and npm puts it first on the PATH for everything started through npm. So:',
    '  1. run `npm install` in the project folder (it downloads Node 22 into node_modules), then',
    '  2. start commands through npm: `npm start`, `npm test`, `npm run build`, `npm run validate`.',
    'Calling ./node_modules/.bin/astro or other tools directly uses the system Node instead.',
    '',
  ];
  console.error(lines.join('\n'));
  process.exit(1);
}
