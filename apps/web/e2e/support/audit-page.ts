import type { Page } from 'playwright-core';

/**
 * Runs in the page: every visible form control without an accessible name, and every visible
 * piece of text whose contrast with its background is under WCAG AA (4.5:1, or 3:1 for large
 * text). Backgrounds are found by walking up to the first opaque one.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
      );
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;

    for (const control of Array.from(
      document.querySelectorAll('input, select, textarea, button'),
    )) {
      if (!visible(control) || (control as HTMLInputElement).type === 'hidden') continue;
      const labelled =
        ((control as HTMLInputElement).labels?.length ?? 0) > 0 ||
        control.getAttribute('aria-label') ||
        control.getAttribute('aria-labelledby') ||
        (control.tagName === 'BUTTON' && (control.textContent ?? '').trim() !== '');
      if (!labelled) problems.push(`no accessible name: ${describe(control)}`);
    }

    const rgba = (value: string) => {
      const parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return { r: parts[0], g: parts[1], b: parts[2], a: parts[3] ?? 1 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (el: Element | null) => {
      for (let node = el; node; node = node.parentElement) {
        const color = rgba(getComputedStyle(node).backgroundColor);
        if (color.a >= 0.99) return color;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const el = text.parentElement;
      if (!el || seen.has(el) || (text.textContent ?? '').trim() === '' || !visible(el)) continue;
      if (el.closest('svg, .visually-hidden')) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      const fg = rgba(style.color);
      const bg = background(el);
      const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5))
        problems.push(
          `contrast ${ratio.toFixed(2)}: ${describe(el)} "${(text.textContent ?? '').trim().slice(0, 40)}"`,
        );
    }
    return problems;
  });
}
