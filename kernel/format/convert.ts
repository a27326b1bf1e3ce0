// The notebook file formats tnb reads and writes, chosen by file extension, pure (no vscode, no file system, no
// node imports): the CLI (`tnb convert`) and the extension do the I/O and call these.
//
//   tnb    .tnb    ./tnb.ts      the native format: everything is kept
//   ipynb  .ipynb  ./ipynb.ts    Jupyter nbformat 4; tnb-only details travel in metadata (see there)
//   py     .py     ./percent.ts  percent-format script (`# %%` cells); outputs and most metadata are dropped
//
// readNotebook throws TnbFormatError for a .tnb or .ipynb file that is not the format; a .py file always reads.

import { ipynbToTnb, tnbToIpynb } from './ipynb';
import { percentToTnb, tnbToPercent } from './percent';
import { parseTnb, serializeTnb, type TnbNotebook } from './tnb';

export type NotebookFormatName = 'tnb' | 'ipynb' | 'py';

export const NOTEBOOK_FORMATS: readonly NotebookFormatName[] = ['tnb', 'ipynb', 'py'];

/** The format of a file by its extension, case-insensitive (`a/b.IPYNB` -> 'ipynb'); null for any other. */
export function formatFromPath(path: string): NotebookFormatName | null {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = name.slice(dot + 1).toLowerCase();
  return (NOTEBOOK_FORMATS as readonly string[]).includes(extension) ? (extension as NotebookFormatName) : null;
}

export function readNotebook(text: string, format: NotebookFormatName): TnbNotebook {
  switch (format) {
    case 'tnb':
      return parseTnb(text);
    case 'ipynb':
      return ipynbToTnb(text);
    case 'py':
      return percentToTnb(text);
  }
}

export function writeNotebook(nb: TnbNotebook, format: NotebookFormatName): string {
  switch (format) {
    case 'tnb':
      return serializeTnb(nb);
    case 'ipynb':
      return tnbToIpynb(nb);
    case 'py':
      return tnbToPercent(nb);
  }
}
