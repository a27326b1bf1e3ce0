// The few `vscode` classes that extension code builds data with, so that such code (the serializer) can be unit
// tested without VS Code, as vscode-jupyter does in its *.unit.test.ts. Import this module before the code under
// test: it makes `require('vscode')` return these.
import Module from 'node:module';

export enum NotebookCellKind {
  Markup = 1,
  Code = 2,
}

export class NotebookCellOutputItem {
  constructor(
    public data: Uint8Array,
    public mime: string,
  ) {}

  /** As VS Code's: the text's UTF-8 bytes. */
  static text(value: string, mime = 'text/plain'): NotebookCellOutputItem {
    return new NotebookCellOutputItem(new TextEncoder().encode(value), mime);
  }

  /** As VS Code's: JSON indented with tabs. */
  static json(value: unknown, mime = 'text/x-json'): NotebookCellOutputItem {
    return NotebookCellOutputItem.text(JSON.stringify(value, undefined, '\t'), mime);
  }
}

export class NotebookCellOutput {
  constructor(
    public items: NotebookCellOutputItem[],
    public metadata?: { [key: string]: unknown },
  ) {}
}

export class NotebookCellData {
  outputs?: NotebookCellOutput[];
  metadata?: { [key: string]: unknown };
  constructor(
    public kind: NotebookCellKind,
    public value: string,
    public languageId: string,
  ) {}
}

export class NotebookData {
  metadata?: { [key: string]: unknown };
  constructor(public cells: NotebookCellData[]) {}
}

const fake = { NotebookCellKind, NotebookCellOutputItem, NotebookCellOutput, NotebookCellData, NotebookData };
const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fake : load.call(this, request, ...rest);
};
