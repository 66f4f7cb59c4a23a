import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';

/**
 * The Markdown of the portal's documents (web/public/documenti: manual, FAQ, Informativa Privacy) as React
 * elements, never as raw HTML. The subset the PDF writer reads too (Adapters/Documents/MarkdownPdf):
 * `#`–`###` headings (each with an id from its words, for links such as /faq#codice-otp), paragraphs,
 * `-` and `1.` lists, `>` notes, `**bold**`, `` `code` `` and `[text](address)`.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'note'; text: string };

/** "Codice OTP" → "codice-otp" (accents dropped). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.+)$/.exec(line);
    const item = /^(-|\d+\.)\s+(.+)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1].length as 1 | 2 | 3, text: heading[2], id: slug(heading[2]) });
    } else if (item) {
      flush();
      const ordered = item[1] !== '-';
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item[2]);
      else blocks.push({ kind: 'list', ordered, items: [item[2]] });
    } else if (line.startsWith('>')) {
      flush();
      blocks.push({ kind: 'note', text: line.replace(/^>\s*/, '') });
    } else if (line === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Bold, code and links inside a block; an address of the portal is a router link, others open apart. */
export function inline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index;
    if (at > last) nodes.push(text.slice(last, at));
    const key = nodes.length;
    if (m[1] !== undefined) nodes.push(<strong key={key}>{m[1]}</strong>);
    else if (m[2] !== undefined) nodes.push(<code key={key}>{m[2]}</code>);
    else if (m[4].startsWith('/'))
      nodes.push(
        <Link key={key} to={m[4]}>
          {m[3]}
        </Link>,
      );
    else
      nodes.push(
        <a key={key} href={m[4]} {...(m[4].startsWith('http') ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {m[3]}
        </a>,
      );
    last = at + m[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

/** `shift` moves every heading down (1: `#` becomes h2), for a document shown under the page's own h1. */
export function MarkdownBlocks({ blocks, shift = 0 }: { blocks: Block[]; shift?: 0 | 1 }) {
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'heading': {
            const Tag = `h${(b.level + shift) as 1 | 2 | 3 | 4}` as const;
            return (
              <Tag key={i} id={b.id}>
                {inline(b.text)}
              </Tag>
            );
          }
          case 'paragraph':
            return <p key={i}>{inline(b.text)}</p>;
          case 'note':
            return (
              <p key={i} className="callout-note border-start border-4 ps-3">
                {inline(b.text)}
              </p>
            );
          case 'list': {
            const Tag = b.ordered ? 'ol' : 'ul';
            return (
              <Tag key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    <Fragment>{inline(item)}</Fragment>
                  </li>
                ))}
              </Tag>
            );
          }
        }
      })}
    </>
  );
}
