import ts from 'typescript';

/** Attributes whose value people read or hear. */
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const HAS_WORDS = /\p{L}/u;

export interface Literal {
  line: number;
  text: string;
}

/**
 * Words written straight into JSX — text between tags, spoken attributes, string expressions
 * among the children — which should come from the message catalogue instead. Punctuation and
 * symbols (·, →, ✓) are not words.
 */
export function jsxLiterals(fileName: string, source: string): Literal[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({
      line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: text.trim(),
    });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && node.initializer !== undefined) {
      const name = node.name.getText(file);
      const value = ts.isJsxExpression(node.initializer)
        ? node.initializer.expression
        : node.initializer;
      if (
        SPOKEN_ATTRIBUTES.has(name) &&
        value !== undefined &&
        (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) &&
        HAS_WORDS.test(value.text)
      )
        report(node, `${name}="${value.text}"`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression !== undefined &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
      (ts.isStringLiteral(node.expression) ||
        ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
      HAS_WORDS.test(node.expression.text)
    )
      report(node, node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
