import { berkas } from '@satupintu/ptsp';
import { en } from '../src/i18n/messages/en';
import { id } from '../src/i18n/messages/id';
import { sourceFiles } from './support/source-files';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const indonesian = flatten(id);
const english = flatten(en);
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** t('a.b'), t(`a.${x}`) and t(`a.b.${x}` as const) in the sources: literal keys and key prefixes. */
function keysUsed(): { exact: Set<string>; prefixes: Set<string> } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const { text } of sourceFiles()) {
    for (const match of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) exact.add(match[1]);
    for (const match of text.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)) prefixes.add(match[1]);
  }
  return { exact, prefixes };
}

describe('The message catalogue', () => {
  it('has the same keys in Bahasa Indonesia and English, none empty', () => {
    expect([...english.keys()].sort()).toEqual([...indonesian.keys()].sort());
    for (const [key, text] of [...indonesian, ...english])
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('uses the same {{variables}} in both languages', () => {
    for (const [key, text] of indonesian)
      expect({ key, vars: variables(english.get(key) ?? '') }).toEqual({
        key,
        vars: variables(text),
      });
  });

  it('has every key the components ask for', () => {
    const { exact, prefixes } = keysUsed();
    expect(exact.size).toBeGreaterThan(100);
    expect([...exact].filter((key) => !indonesian.has(key))).toEqual([]);
    const groups = new Set(
      [...indonesian.keys()].flatMap((key) =>
        key
          .split('.')
          .slice(0, -1)
          .map((_, i, parts) => parts.slice(0, i + 1).join('.')),
      ),
    );
    expect([...prefixes].filter((prefix) => !groups.has(prefix))).toEqual([]);
  });

  it('names every step a file can take in its timeline', () => {
    const named = Object.keys(id.timeline.event).sort();
    expect(named).toEqual(Object.values(berkas.eventTypes).sort());
  });
});
