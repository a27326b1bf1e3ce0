# torch.einsum as PyTorch 1.13's ATen einsum computes it (aten/src/ATen/native/Linear.cpp): operands are aligned
# to the output labels followed by the contracted ones (diagonal for repeated labels, unsqueeze, permute), then
# contracted left to right by sumproduct_pair (permute, reshape, bmm, view, permute). Following the same steps
# gives the same grad_fn nodes (PermuteBackward0, ViewBackward0, SumBackward1, MulBackward0, ...).
from ._tensor import Tensor

_ELLIPSIS = 52


def _subscript(c):
    return ord(c) - ord('A') if c.isupper() else ord(c) - ord('a') + 26


def _label(s):
    return chr(s + ord('A')) if s < 26 else chr(s - 26 + ord('a'))


def _isalpha(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _parse_operands(equation, num_ops, lhs):
    op_labels = [[] for _ in range(num_ops)]
    ell_in_input, curr, i = False, 0, 0
    while i < len(lhs):
        c = lhs[i]
        if c == ' ':
            pass
        elif c == '.':
            if ell_in_input:
                raise RuntimeError(f"einsum(): found '.' for operand {curr} for which an ellipsis was already found")
            if not (i + 2 < len(lhs) and lhs[i + 1] == '.' and lhs[i + 2] == '.'):
                raise RuntimeError(f"einsum(): found '.' for operand {curr} that is not part of any ellipsis")
            i += 2
            op_labels[curr].append(_ELLIPSIS)
            ell_in_input = True
        elif c == ',':
            curr += 1
            if curr >= num_ops:
                raise RuntimeError('einsum(): fewer operands were provided than specified in the equation')
            ell_in_input = False
        else:
            if not _isalpha(c):
                raise RuntimeError(f'einsum(): invalid subscript given at index {i} in the equation string, subscripts must be in [a-zA-Z]')
            op_labels[curr].append(_subscript(c))
        i += 1
    if curr != num_ops - 1:
        raise RuntimeError('einsum(): more operands were provided than specified in the equation')
    return op_labels


def _sumproduct_pair(left, right, sum_dims, keepdim):
    if not sum_dims:
        return left * right
    dim = left.dim()
    lsize, rsize = list(left.shape), list(right.shape)   # (one engine call each; sums below keep dims)
    lro, lo, ro = [], [], []
    lro_size = lo_size = ro_size = sum_size = 1
    for i in range(dim):
        sl, sr = lsize[i] != 1, rsize[i] != 1
        if i in sum_dims:
            if sl and sr:
                if lsize[i] != rsize[i]:
                    raise RuntimeError('non-broadcast dimensions must match')
                sum_size *= lsize[i]
            elif sl:
                left = left.sum(i, True)
            elif sr:
                right = right.sum(i, True)
        elif sl and sr:
            if lsize[i] != rsize[i]:
                raise RuntimeError('non-broadcast dimensions must match')
            lro.append(i)
            lro_size *= lsize[i]
        elif sl:
            lo.append(i)
            lo_size *= lsize[i]
        else:
            ro.append(i)
            ro_size *= rsize[i]
    out_size = [lsize[d] for d in lro] + [lsize[d] for d in lo] + [1] * len(sum_dims) + [rsize[d] for d in ro]
    lperm = lro + lo + list(sum_dims) + ro
    rperm = lro + list(sum_dims) + ro + lo
    operm = [-1] * len(out_size)
    for i, d in enumerate(lro + lo + list(sum_dims) + ro):
        operm[d] = i
    left = left.permute(lperm).reshape(lro_size, lo_size, sum_size)
    right = right.permute(rperm).reshape(lro_size, sum_size, ro_size)
    result = left.bmm(right).view(out_size).permute(operm)
    if not keepdim:
        result = result.view([out_size[operm[i]] for i in range(len(operm)) if i not in sum_dims])
    return result


def einsum(*args):
    if len(args) < 2:
        raise TypeError('einsum(): must specify the equation string and at least one operand, or at least one operand and its subscripts list')
    equation, operands = args[0], args[1:]
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    if not isinstance(equation, str):
        raise NotImplementedError('tnb: einsum with sublist operands is not supported; use the equation string form')
    for t in operands:
        if not isinstance(t, Tensor):
            raise TypeError(f"einsum(): argument 'tensors' must be tuple of Tensors, not {type(t).__name__}")
    num_ops = len(operands)
    arrow = equation.find('->')
    lhs = equation if arrow < 0 else equation[:arrow]
    op_labels = _parse_operands(equation, num_ops, lhs)

    label_count = [0] * 52
    ell_num_dim = 0
    for i, (t, labels) in enumerate(zip(operands, op_labels)):
        ndims = t.dim()
        nlabels = len(labels)
        has_ell = _ELLIPSIS in labels
        if has_ell:
            nlabels -= 1
            ell_num_dim = max(ell_num_dim, ndims - nlabels)
        for s in labels:
            if s != _ELLIPSIS:
                label_count[s] += 1
        if not (nlabels <= ndims if has_ell else nlabels == ndims):
            raise RuntimeError(f"einsum(): the number of subscripts in the equation ({nlabels}) "
                               f"{'is more than the number of dimensions (' if has_ell else 'does not match the number of dimensions ('}"
                               f"{ndims}) for operand {i}{'' if has_ell else ' and no ellipsis was given'}")

    perm_of = [-1] * 52
    perm_index = ell_index = 0
    ell_in_output = False
    if arrow < 0:
        perm_index = ell_num_dim
        ell_in_output = True
        for s in range(52):
            if label_count[s] == 1:
                perm_of[s] = perm_index
                perm_index += 1
    else:
        rhs = equation[arrow + 2:]
        i = 0
        while i < len(rhs):
            c = rhs[i]
            if c == ' ':
                pass
            elif c == '.':
                if ell_in_output:
                    raise RuntimeError("einsum(): found '.' for output but an ellipsis (...) was already found")
                if not (i + 2 < len(rhs) and rhs[i + 1] == '.' and rhs[i + 2] == '.'):
                    raise RuntimeError("einsum(): found '.' for output that is not part of any ellipsis (...)")
                i += 2
                ell_index = perm_index
                perm_index += ell_num_dim
                ell_in_output = True
            else:
                if not _isalpha(c):
                    raise RuntimeError(f'einsum(): invalid subscript given at index {len(lhs) + 2 + i} in the equation string, subscripts must be in [a-zA-Z]')
                s = _subscript(c)
                if not (label_count[s] > 0 and perm_of[s] == -1):
                    why = ' appears more than once in the output' if perm_of[s] > -1 else ' does not appear in the equation for any input operand'
                    raise RuntimeError(f'einsum(): output subscript {c}{why}')
                perm_of[s] = perm_index
                perm_index += 1
            i += 1
    out_num_dim = perm_index
    if not ell_in_output:
        ell_index = perm_index
        perm_index += ell_num_dim
    for s in range(52):
        if label_count[s] > 0 and perm_of[s] == -1:
            perm_of[s] = perm_index
            perm_index += 1

    label_size = [1] * 52
    ell_sizes = [1] * ell_num_dim
    dim_counts = [0] * perm_index
    ops = []
    for i, (op, labels) in enumerate(zip(operands, op_labels)):
        permutation = [-1] * perm_index
        dim = 0
        size = list(op.shape)   # (one engine call; kept up to date through the diagonals)
        for s in labels:
            if s == _ELLIPSIS:
                ndim = operands[i].dim() - (len(labels) - 1)
                for j in range(ell_num_dim - ndim, ell_num_dim):
                    if size[dim] != 1:
                        if not (ell_sizes[j] == 1 or ell_sizes[j] == size[dim]):
                            raise RuntimeError(f'einsum(): dimension {dim} covered by ellipsis in operand {i}has size {size[dim]} '
                                               f'which does not broadcast with previously seen ellipsis with size {ell_sizes[j]} for the respective dimension')
                        ell_sizes[j] = size[dim]
                        dim_counts[ell_index + j] += 1
                    permutation[ell_index + j] = dim
                    dim += 1
            elif permutation[perm_of[s]] == -1:
                if size[dim] != 1:
                    if not (label_size[s] == 1 or label_size[s] == size[dim]):
                        raise RuntimeError(f'einsum(): subscript {_label(s)} has size {size[dim]} for operand {i} which does not '
                                           f'broadcast with previously seen size {label_size[s]}')
                    label_size[s] = size[dim]
                    dim_counts[perm_of[s]] += 1
                permutation[perm_of[s]] = dim
                dim += 1
            else:
                prev = permutation[perm_of[s]]
                size_prev = size[prev]
                if size[dim] != size[prev]:
                    raise RuntimeError(f"einsum(): subscript {_label(s)} is repeated for operand {i} but the sizes don't match, "
                                       f"{size[dim]} != {size[prev]}")
                op = op.diagonal(0, prev, dim)
                order = list(range(op.dim() - 1))   # movedim(-1, prev)
                order.insert(prev, op.dim() - 1)
                op = op.permute(order)
                size = [size[k] for k in range(len(size)) if k != prev and k != dim]
                size.insert(prev, size_prev)
        for k, v in enumerate(permutation):
            if v == -1:
                op = op.unsqueeze(dim)
                permutation[k] = dim
                dim += 1
        ops.append(op.permute(permutation))

    while len(ops) > 1:
        a, b = ops[0], ops[1]
        del ops[:2]
        asize, bsize = list(a.shape), list(b.shape)
        sum_dims, a_sum, b_sum = [], [], []
        for d in range(out_num_dim, perm_index):
            if asize[d] != 1 and bsize[d] != 1:
                dim_counts[d] -= 1
                if dim_counts[d] == 1:
                    sum_dims.append(d)
                    dim_counts[d] = 0
            elif dim_counts[d] == 1:
                if asize[d] != 1:
                    a_sum.append(d)
                    dim_counts[d] = 0
                elif bsize[d] != 1:
                    b_sum.append(d)
                    dim_counts[d] = 0
        if a_sum:
            a = a.sum(a_sum, True)
        if b_sum:
            b = b.sum(b_sum, True)
        ops.insert(0, _sumproduct_pair(a, b, sum_dims, True))

    if perm_index - out_num_dim > 0:
        if num_ops > 1:
            return ops[0].view(list(ops[0].shape)[:out_num_dim])
        return ops[0].sum(list(range(out_num_dim, perm_index)))
    return ops[0]
