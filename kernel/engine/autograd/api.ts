// torch.autograd: backward() and grad() over the engine.
import { TorchError, warn } from '../errors';
import { Tensor } from '../tensor';
import { runBackward } from './engine';

export interface BackwardOptions {
  retain_graph?: boolean | null;
  create_graph?: boolean;
  inputs?: Tensor | readonly Tensor[];
}

/** torch.autograd.backward(tensors, grad_tensors, ...) — also Tensor.backward(gradient, ...). */
export function backward(tensors: Tensor | readonly Tensor[], gradTensors?: Tensor | null | readonly (Tensor | null)[],
  opts: BackwardOptions = {}): void {
  const outs = tensors instanceof Tensor ? [tensors] : [...tensors];
  const grads = gradTensors === undefined || gradTensors === null ? outs.map(() => null)
    : gradTensors instanceof Tensor ? [gradTensors] : [...gradTensors];
  const createGraph = opts.create_graph ?? false;
  if (createGraph) {
    warn('UserWarning', 'Using backward() with create_graph=True will create a reference cycle between the parameter and its gradient which can cause a memory leak. We recommend using autograd.grad when creating the graph to avoid this. If you have to use this function, make sure to reset the .grad fields of your parameters to None after use to break the cycle and avoid the leak. (Triggered internally at  ./torch/csrc/autograd/engine.cpp:1059.)');
  }
  const inputs = opts.inputs === undefined ? undefined : opts.inputs instanceof Tensor ? [opts.inputs] : [...opts.inputs];
  if (inputs && inputs.length === 0) throw new TorchError('RuntimeError', "'inputs' argument to backward() cannot be empty.");
  runBackward(outs, grads, { retainGraph: opts.retain_graph ?? createGraph, createGraph, accumulateOnly: inputs });
}

export interface GradOptions {
  grad_outputs?: Tensor | null | readonly (Tensor | null)[];
  retain_graph?: boolean | null;
  create_graph?: boolean;
  allow_unused?: boolean;
}

/** torch.autograd.grad(outputs, inputs, ...) → one gradient (or null when unused and allowed) per input. */
export function grad(outputs: Tensor | readonly Tensor[], inputs: Tensor | readonly Tensor[], opts: GradOptions = {}): (Tensor | null)[] {
  const outs = outputs instanceof Tensor ? [outputs] : [...outputs];
  const ins = inputs instanceof Tensor ? [inputs] : [...inputs];
  const go = opts.grad_outputs;
  const grads = go === undefined || go === null ? outs.map(() => null) : go instanceof Tensor ? [go] : [...go];
  const createGraph = opts.create_graph ?? false;
  return runBackward(outs, grads, {
    retainGraph: opts.retain_graph ?? createGraph, createGraph, captureInputs: ins, allowUnused: opts.allow_unused ?? false,
  });
}
