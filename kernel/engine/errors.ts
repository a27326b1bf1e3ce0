// Errors and warnings carry the Python exception type and PyTorch 1.13's exact text, so the Python facade can
// re-raise them as the same exception a PyTorch user would see.
// LinAlgError: torch.linalg.LinAlgError (torch._C._LinAlgError, a RuntimeError).
export type PyErrorType = 'RuntimeError' | 'IndexError' | 'TypeError' | 'ValueError' | 'NotImplementedError' | 'LinAlgError';

export class TorchError extends Error {
  constructor(readonly pyType: PyErrorType, message: string) {
    super(message);
    this.name = pyType;
  }
}

export type WarningCategory = 'UserWarning' | 'DeprecationWarning';
export type WarningHandler = (category: WarningCategory, message: string) => void;

let handler: WarningHandler = (category, message) => { process.emitWarning(message, category); };

/** The Python facade installs a handler that calls `warnings.warn`. */
export function setWarningHandler(h: WarningHandler): void { handler = h; }
export function warn(category: WarningCategory, message: string): void { handler(category, message); }
