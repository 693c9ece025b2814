import { jsxLiterals } from './support/jsx-literals';
import { sourceFiles } from './support/source-files';

describe('Every word on screen comes from the message catalogue', () => {
  it('finds words written straight into JSX (the check itself works)', () => {
    const sample = `
      export const A = () => (
        <div title="Judul" className="x">
          Simpan
          <img alt="logo" src="/a.png" />
          {'Batal'}
          {' · '}
          <span aria-hidden="true">✓</span>
        </div>
      );`;
    expect(jsxLiterals('sample.tsx', sample).map((l) => l.text)).toEqual([
      'title="Judul"',
      'Simpan',
      'alt="logo"',
      'Batal',
    ]);
  });

  it('has none in any component', () => {
    const offenders = sourceFiles(/\.tsx$/).flatMap(({ path, text }) =>
      jsxLiterals(path, text).map((literal) => `${path}:${literal.line}: ${literal.text}`),
    );
    expect(offenders).toEqual([]);
  });
});
