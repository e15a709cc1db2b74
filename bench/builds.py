#!/usr/bin/env python3
"""Build benchmarks against the raw engine, measured in the same run (see bench/run.sh).

B1: a trivial build (no source, one `true` per phase) through `start-build --wait`, against
    `docker run --rm IMAGE sh -c 'true;true;true;true'`.
B2: per-command overhead: (N-command build - 1-command build) / (N - 1).
Prints one JSON object.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

cli, image, quick = sys.argv[1], sys.argv[2], len(sys.argv) > 3 and sys.argv[3] == '--quick'
runs = 2 if quick else 5
commands = 20 if quick else 200
data = tempfile.mkdtemp(prefix='builddeck-bench-')
env = dict(os.environ, BUILDDECK_DATA_DIR=data)


def timed(argv):
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def summary(samples):
    return {'median': statistics.median(samples), 'min': min(samples), 'max': max(samples), 'runs': len(samples)}


def project(name, spec):
    definition = {
        'name': name,
        'source': {'type': 'NO_SOURCE', 'buildspec': spec},
        'artifacts': {'type': 'NO_ARTIFACTS'},
        'environment': {'type': 'LINUX_CONTAINER', 'image': image, 'computeType': 'BUILD_GENERAL1_SMALL'},
    }
    subprocess.run([cli, 'create-project', '--cli-input-json', json.dumps(definition)], env=env, check=True,
                   stdout=subprocess.DEVNULL)


def spec(phase_commands):
    lines = ['version: 0.2', 'phases:']
    for phase, count in phase_commands:
        lines += [f'  {phase}:', '    commands:'] + ['      - "true"'] * count
    return '\n'.join(lines) + '\n'


project('trivial', spec([(p, 1) for p in ('install', 'pre_build', 'build', 'post_build')]))
project('one', spec([('build', 1)]))
project('many', spec([('build', commands)]))
build = lambda name: timed([cli, 'start-build', '--project-name', name, '--wait'])
docker = next(path for path in ('/usr/bin/docker', '/usr/local/bin/docker') if os.path.exists(path))

timed([docker, 'run', '--rm', image, 'true'])  # warm the engine's caches for both
trivial = [build('trivial') for _ in range(runs)]
baseline = [timed([docker, 'run', '--rm', image, 'sh', '-c', 'true;true;true;true']) for _ in range(runs)]
one = [build('one') for _ in range(max(1, runs // 2))]
many = [build('many') for _ in range(max(1, runs // 2))]
per_command = (statistics.median(many) - statistics.median(one)) / (commands - 1)
print(json.dumps({
    'trivial': summary(trivial),
    'dockerRun': summary(baseline),
    'oneCommand': summary(one),
    'manyCommands': summary(many),
    'commands': commands,
    'perCommandMs': per_command * 1000,
}))
