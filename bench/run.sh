#!/usr/bin/env bash
# Runs BuildDeck's benchmarks on an optimised build and writes docs/PERFORMANCE.md.
#   bench/run.sh            full sizes (a few minutes)
#   bench/run.sh --quick    small sizes, to check that the benchmarks work
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-full}

scripts/dev.sh build ci >/dev/null
bin=build/ci/bin
args=()
[ "$mode" = --quick ] && args=(--quick)

buildspec=$("$bin/bench_buildspec_validate" "${args[@]}")
engine=$("$bin/builddeck-cli" engine-info 2>/dev/null || echo '{}')

python3 - "$buildspec" "$engine" "$mode" >docs/PERFORMANCE.md <<'PY'
import json, os, platform, subprocess, sys, datetime
buildspec, engine, mode = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
cpu = next((line.split(':', 1)[1].strip() for line in open('/proc/cpuinfo') if line.startswith('model name')), platform.machine())
memory = next((int(line.split()[1]) // 1024 // 1024 for line in open('/proc/meminfo') if line.startswith('MemTotal')), 0)
def verdict(ok): return 'meets the target' if ok else '**misses the target**'
print(f"""# Performance

Measured by `bench/run.sh`{' --quick (small sizes: not representative)' if mode == '--quick' else ''} on
{datetime.date.today().isoformat()}: {cpu}, {os.cpu_count()} cores, {memory} GiB of memory, Linux
{platform.release()}; container engine: {engine.get('name', 'none')} {engine.get('version', '')}.
Each figure is the median of several runs, with the fastest and slowest run beside it. Build: the
`ci` preset (RelWithDebInfo).

| id | what | median | spread (min-max) | target | result |
| --- | --- | --- | --- | --- | --- |
| S1 | read and validate a {buildspec['lines']}-line buildspec ({buildspec['bytes'] // 1024} KiB), {buildspec['runs']} runs | {buildspec['medianMs']:.1f} ms | {buildspec['minMs']:.1f}-{buildspec['maxMs']:.1f} ms | < 50 ms for 10,000 lines | {verdict(buildspec['medianMs'] < 50)} |

S1 has no engine baseline: validation runs without a container. The benchmarks that compare
builds with the raw engine (`docker run`, `docker exec`, `docker cp`, `git clone`) are added with
the build engine.

Rerun with `bench/run.sh`; the programs are in `bench/`.""")
PY
echo "Wrote docs/PERFORMANCE.md"
