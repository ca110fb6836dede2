#!/usr/bin/env python3
"""PyTorch CPU peer for `npm run bench`: the same workloads as the studio's own loop.

Usage: torch_peer.py WORKLOAD EPOCHS BATCH_SIZE DATA_FILE
DATA_FILE is written by the bench harness: a float32 little-endian blob with the train and
validation inputs and labels, described by DATA_FILE.json. Prints one JSON line:
{"samplesPerSec": ..., "peakRssMb": ..., "finalLoss": ..., "threads": ...}.
"""
import json
import re
import resource
import sys
import time

import torch
from torch import nn


def mlp(inputs: int, classes: int) -> nn.Module:
    # Mirrors the studio's `mlp` template: Dense 64 relu -> Dropout 0.1 -> Dense 32 relu -> Dense K.
    return nn.Sequential(nn.Linear(inputs, 64), nn.ReLU(), nn.Dropout(0.1), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, classes))


def cnn_small(channels: int, size: int, classes: int) -> nn.Module:
    # Mirrors `cnn-small`: Conv 16 3x3 relu -> MaxPool 2 -> Conv 32 3x3 relu -> MaxPool 2 -> Flatten -> Dense 64 relu -> Dropout 0.25 -> Dense K.
    s = ((size - 2) // 2 - 2) // 2
    return nn.Sequential(
        nn.Conv2d(channels, 16, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(32 * s * s, 64), nn.ReLU(), nn.Dropout(0.25), nn.Linear(64, classes),
    )


def main() -> None:
    workload, epochs, batch_size, data_file = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    meta = json.load(open(data_file + '.json'))
    raw = torch.frombuffer(bytearray(open(data_file, 'rb').read()), dtype=torch.float32)
    shape = meta['inputShape']
    n_train, n_val, classes = meta['train'], meta['val'], meta['classes']
    per = 1
    for d in shape:
        per *= d
    x_all = raw[: (n_train + n_val) * per].reshape(n_train + n_val, *shape)
    y_all = raw[(n_train + n_val) * per:].to(torch.int64)
    if len(shape) == 3:  # NHWC (tfjs) -> NCHW (torch)
        x_all = x_all.permute(0, 3, 1, 2).contiguous()
        model = cnn_small(shape[2], shape[0], classes)
    else:
        model = mlp(shape[0], classes)
    x_train, y_train = x_all[:n_train], y_all[:n_train]
    x_val, y_val = x_all[n_train:], y_all[n_train:]
    torch.manual_seed(42)
    torch.set_num_threads(int(meta.get('threads', torch.get_num_threads())))
    optimizer = torch.optim.Adam(model.parameters(), lr=meta['learningRate'])
    loss_fn = nn.CrossEntropyLoss()
    g = torch.Generator().manual_seed(42)
    start = time.perf_counter()
    last = float('nan')
    for _ in range(epochs):
        model.train()
        order = torch.randperm(n_train, generator=g)
        for i in range(0, n_train, batch_size):
            idx = order[i:i + batch_size]
            optimizer.zero_grad()
            loss = loss_fn(model(x_train[idx]), y_train[idx])
            loss.backward()
            optimizer.step()
            last = loss.item()
        model.eval()
        with torch.no_grad():
            for i in range(0, n_val, batch_size):
                loss_fn(model(x_val[i:i + batch_size]), y_val[i:i + batch_size])
    elapsed = time.perf_counter() - start
    print(json.dumps({
        'samplesPerSec': n_train * epochs / elapsed,
        'peakRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        'finalLoss': last,
        'threads': torch.get_num_threads(),
        'torch': torch.__version__,
        'blas': blas_info(),
    }))


def blas_info() -> str:
    # Debian's python3-torch uses the generic reference BLAS for matrix products (convolutions
    # still go through oneDNN), slower than a pip wheel's MKL/OpenBLAS on dense layers.
    found = re.search(r'BLAS_INFO=(\w+)', torch.__config__.show())
    return found.group(1) if found else 'unknown'


if __name__ == '__main__':
    main()
