import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { MarkdownBlocks, parseMarkdown, slug } from './markdown';

describe('the documents’ Markdown', () => {
  it('reads headings, paragraphs over several lines, lists and notes', () => {
    expect(parseMarkdown('# Titolo\n\nuna riga\ne la seguente\n\n- uno\n- due\n1. primo\n> nota')).toEqual([
      { kind: 'heading', level: 1, text: 'Titolo', id: 'titolo' },
      { kind: 'paragraph', text: 'una riga e la seguente' },
      { kind: 'list', ordered: false, items: ['uno', 'due'] },
      { kind: 'list', ordered: true, items: ['primo'] },
      { kind: 'note', text: 'nota' },
    ]);
  });

  it('makes ids from the words of a heading, accents dropped', () => {
    expect(slug('4.2 Città e Perché?')).toBe('4-2-citta-e-perche');
  });

  it('writes bold, code and links as elements, never the text as HTML', () => {
    const { container } = render(
      <MemoryRouter>
        <MarkdownBlocks blocks={parseMarkdown('**forte** `R-` [FAQ](/faq) [sito](https://x.it) <b>no</b>')} />
      </MemoryRouter>,
    );
    const p = container.querySelector('p')!;
    expect(p.querySelector('strong')?.textContent).toBe('forte');
    expect(p.querySelector('code')?.textContent).toBe('R-');
    expect(p.querySelector('a[href="/faq"]')?.textContent).toBe('FAQ');
    expect(p.querySelector('a[href="https://x.it"]')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(p.querySelector('b')).toBeNull();
    expect(p.textContent).toContain('<b>no</b>');
  });
});
