// Reads the install steps out of the README, so the install test runs what
// a platform engineer reads: the shell lines of its "Installing the plugins"
// section, and its diffs, each applied to the file its header names.
// Sections whose heading names a frontend system apply to that system only.

const SECTION = '## Installing the plugins into an existing portal';

/**
 * @param {string} readme the README's text
 * @param {'new' | 'legacy'} frontend which frontend system the app uses
 */
export function readInstallSteps(readme, frontend) {
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section`);
  const next = readme.indexOf('\n## ', start + SECTION.length);
  const section = readme.slice(start, next < 0 ? undefined : next);

  const commands = [];
  const patches = [];
  let heading = '';
  const blocks = /^(#{3,4} .*)$|^```(\w+)\n([\s\S]*?)^```$/gm;
  for (const match of section.matchAll(blocks)) {
    if (match[1]) {
      heading = match[1].toLowerCase();
      continue;
    }
    const forOther =
      (frontend === 'new' && heading.includes('legacy frontend')) ||
      (frontend === 'legacy' && heading.includes('new frontend'));
    if (forOther) continue;
    const [, , language, body] = match;
    if (language === 'sh') {
      // One command per line; a trailing backslash continues it.
      commands.push(
        ...body
          .replace(/\\\n\s*/g, ' ')
          .split('\n')
          .map(line => line.trim())
          .filter(line => line && !line.startsWith('#')),
      );
    } else if (language === 'diff') {
      const file = body.match(/^\+\+\+ b\/(.+)$/m)?.[1];
      if (!file)
        throw new Error(`a README diff has no "+++ b/<file>" line:\n${body}`);
      patches.push({ file, diff: body });
    }
  }
  return { commands, patches };
}
