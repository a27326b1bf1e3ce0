// The quick fixes for autograd errors (extension/fixes.ts): which PyTorch messages they recognise, and the edits,
// each checked by applying it to the line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdit, classify, floatDtypeEdit, onesGradientEdit, retainGraphEdit, type LineEdit } from '../../extension/fixes';

const fix = (line: string, e: LineEdit | null) => (e ? applyEdit(line, e) : null);

test('PyTorch 1.13 messages are classified; other errors are not', () => {
  assert.equal(classify('RuntimeError', 'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved…'), 'backward-twice');
  assert.equal(classify('RuntimeError', 'grad can be implicitly created only for scalar outputs'), 'non-scalar-backward');
  assert.equal(classify('RuntimeError', 'Only Tensors of floating point and complex dtype can require gradients'), 'int-requires-grad');
  assert.equal(classify('RuntimeError', 'one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]]…'), 'inplace-modified');
  assert.equal(classify('TypeError', 'grad can be implicitly created only for scalar outputs'), null);
  assert.equal(classify('RuntimeError', 'mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)'), null);
});

test('retain_graph=True goes into the backward that freed the graph', () => {
  assert.equal(fix('y.backward()', retainGraphEdit('y.backward()')), 'y.backward(retain_graph=True)');
  assert.equal(fix('y.backward(gradient)', retainGraphEdit('y.backward(gradient)')), 'y.backward(gradient, retain_graph=True)');
  assert.equal(fix('y.backward(g, retain_graph=False)  # once', retainGraphEdit('y.backward(g, retain_graph=False)  # once')), 'y.backward(g, retain_graph=True)  # once');
  assert.equal(fix('loss.sum().backward(torch.ones(f(2, 3)))', retainGraphEdit('loss.sum().backward(torch.ones(f(2, 3)))')), 'loss.sum().backward(torch.ones(f(2, 3)), retain_graph=True)');
  assert.equal(fix('g, = torch.autograd.grad(y, x)', retainGraphEdit('g, = torch.autograd.grad(y, x)')), 'g, = torch.autograd.grad(y, x, retain_graph=True)');
  assert.equal(fix("y.backward(t(')'))", retainGraphEdit("y.backward(t(')'))")), "y.backward(t(')'), retain_graph=True)");
  assert.equal(retainGraphEdit('y.backward(  # continued'), null, 'a call that does not close on the line is left alone');
  assert.equal(retainGraphEdit('print(y)'), null);
});

test('a non-scalar backward() gets gradient=torch.ones_like(...)', () => {
  assert.equal(fix('y.backward()', onesGradientEdit('y.backward()')), 'y.backward(gradient=torch.ones_like(y))');
  assert.equal(fix('    out.logits.backward( )', onesGradientEdit('    out.logits.backward( )')), '    out.logits.backward(gradient=torch.ones_like(out.logits))');
  assert.equal(onesGradientEdit('y.backward(g)'), null, 'a gradient is already given');
});

test('an integer tensor with requires_grad=True becomes float32', () => {
  assert.equal(fix('x = torch.tensor([1, 2, 3], requires_grad=True)', floatDtypeEdit('x = torch.tensor([1, 2, 3], requires_grad=True)')),
    'x = torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)');
  assert.equal(fix('x = torch.arange(5, dtype=torch.int64, requires_grad=True)', floatDtypeEdit('x = torch.arange(5, dtype=torch.int64, requires_grad=True)')),
    'x = torch.arange(5, dtype=torch.float32, requires_grad=True)');
  assert.equal(floatDtypeEdit('x.requires_grad_()'), null);
});
