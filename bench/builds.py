#!/usr/bin/env python3
"""Build benchmarks against the raw engine, measured in the same run (see bench/run.sh).

B1: a trivial build (no source, one `true` per phase) through `start-build --wait`, against
    `docker run --rm IMAGE sh -c 'true;true;true;true'`.
B2: per-command overhead: (N-command build - 1-command build) / (N - 1).
B3: a command printing 200 MB: the rate at which it reaches the build log (the BUILD phase's
    duration), against `docker exec C sh -c '...' > file` on the same engine; and the worker's peak
    resident memory, which the worker reports when it ends.
B5: a git source with 10,000 commits: from DOWNLOAD_SOURCE's start to INSTALL's, in the first build
    (which clones the mirror) and the second (which fetches nothing), against `git clone` of the
    same repository.
Prints one JSON object.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

cli, image, quick = sys.argv[1], sys.argv[2], len(sys.argv) > 3 and sys.argv[3] == '--quick'
runs = 2 if quick else 5
commands = 20 if quick else 200
log_bytes = (10 if quick else 200) * 1000 * 1000
printer = f"yes 'BuildDeck log throughput line - the quick brown fox jumps over the lazy dog 0123456789' | head -c {log_bytes}"
data = tempfile.mkdtemp(prefix='builddeck-bench-')
env = dict(os.environ, BUILDDECK_DATA_DIR=data)


def timed(argv):
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def summary(samples):
    return {'median': statistics.median(samples), 'min': min(samples), 'max': max(samples), 'runs': len(samples)}


def phase_seconds(build_id, phase_type):
    out = subprocess.run([cli, 'batch-get-builds', '--ids', build_id], env=env, check=True, capture_output=True).stdout
    phase = next(p for p in json.loads(out)['builds'][0]['phases'] if p['phaseType'] == phase_type)
    return phase['endTime'] - phase['startTime']


def big_log_build():
    """Runs the printing build; returns (seconds the output took to reach the log, worker peak KiB)."""
    out = subprocess.run([cli, 'start-build', '--project-name', 'printer', '--wait'], env=env, check=True,
                         capture_output=True).stdout
    build = json.loads(out)['build']
    uuid = build['id'].split(':', 1)[1]
    log = os.path.join(data, 'logs', 'printer', uuid + '.log')
    assert os.path.getsize(log) >= log_bytes, 'the log is missing output'
    # The worker reports its peak memory as it exits, just after the record says COMPLETED.
    for _ in range(200):
        found = re.search(r'peak memory (\d+) KiB', open(log + '.worker').read())
        if found:
            break
        time.sleep(0.05)
    peak = int(found.group(1))
    return phase_seconds(build['id'], 'BUILD'), peak


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
project('printer', 'version: 0.2\nphases:\n  build:\n    commands:\n      - ' + json.dumps(printer) + '\n')
build = lambda name: timed([cli, 'start-build', '--project-name', name, '--wait'])
docker = next(path for path in ('/usr/bin/docker', '/usr/local/bin/docker') if os.path.exists(path))

timed([docker, 'run', '--rm', image, 'true'])  # warm the engine's caches for both
trivial = [build('trivial') for _ in range(runs)]
baseline = [timed([docker, 'run', '--rm', image, 'sh', '-c', 'true;true;true;true']) for _ in range(runs)]
one = [build('one') for _ in range(runs)]
many = [build('many') for _ in range(runs)]
per_command = (statistics.median(many) - statistics.median(one)) / (commands - 1)

printed = [big_log_build() for _ in range(runs)]
container = subprocess.run([docker, 'run', '-d', '--rm', image, 'sleep', '600'], check=True,
                           capture_output=True, text=True).stdout.strip()
sink = os.path.join(data, 'exec.out')
try:
    exec_runs = []
    for _ in range(runs):
        with open(sink, 'wb') as output:
            start = time.perf_counter()
            subprocess.run([docker, 'exec', container, 'sh', '-c', printer], stdout=output, check=True)
            exec_runs.append(time.perf_counter() - start)
        assert os.path.getsize(sink) == log_bytes
finally:
    subprocess.run([docker, 'rm', '-f', container], stdout=subprocess.DEVNULL, check=False)
log_rate = [log_bytes / seconds / 1e6 for seconds, _ in printed]
exec_rate = [log_bytes / seconds / 1e6 for seconds in exec_runs]
# B5: a repository of many commits, made with git fast-import.
git_commits = 1000 if quick else 10000
repository = os.path.join(data, 'big-repo')
subprocess.run(['git', 'init', '-q', '-b', 'main', repository], check=True)
stream = []
for i in range(git_commits):
    content = f'revision {i}\n' + 'x' * 200 + '\n'
    stream.append(f'commit refs/heads/main\ncommitter Bench <bench@builddeck.invalid> {1700000000 + i} +0000\n'
                  f'data {len("commit " + str(i))}\ncommit {i}\n'
                  f'M 644 inline file{i % 50}.txt\ndata {len(content)}\n{content}\n')
subprocess.run(['git', '-C', repository, 'fast-import', '--quiet'], input=''.join(stream).encode(), check=True)
definition = {
    'name': 'gitrepo',
    'source': {'type': 'GITHUB', 'location': repository,
               'buildspec': 'version: 0.2\nphases:\n  install:\n    commands:\n      - "true"\n'},
    'artifacts': {'type': 'NO_ARTIFACTS'},
    'environment': {'type': 'LINUX_CONTAINER', 'image': image, 'computeType': 'BUILD_GENERAL1_SMALL'},
}
subprocess.run([cli, 'create-project', '--cli-input-json', json.dumps(definition)], env=env, check=True,
               stdout=subprocess.DEVNULL)


def source_seconds():
    """A build of the repository: seconds from DOWNLOAD_SOURCE's start to INSTALL's, and its log."""
    out = subprocess.run([cli, 'start-build', '--project-name', 'gitrepo', '--wait'], env=env, check=True,
                         capture_output=True).stdout
    record = json.loads(out)['build']
    phases = {p['phaseType']: p for p in record['phases']}
    log = subprocess.run([cli, 'logs', '--id', record['id']], env=env, check=True, capture_output=True, text=True).stdout
    return phases['INSTALL']['startTime'] - phases['DOWNLOAD_SOURCE']['startTime'], log


first_source, first_log = source_seconds()
second_source, second_log = source_seconds()
assert 'Cloning' in first_log and 'Fetching what is new' in second_log, 'the second build did not reuse the mirror'
assert 'Receiving objects' not in second_log, 'the second build fetched objects'
clone_target = os.path.join(data, 'clone')
clone_seconds = timed(['git', 'clone', '-q', '--no-local', repository, clone_target])

print(json.dumps({
    'gitCommits': git_commits,
    'gitFirstSourceSeconds': first_source,
    'gitSecondSourceSeconds': second_source,
    'gitCloneSeconds': clone_seconds,
    'trivial': summary(trivial),
    'dockerRun': summary(baseline),
    'oneCommand': summary(one),
    'manyCommands': summary(many),
    'commands': commands,
    'perCommandMs': per_command * 1000,
    'logBytes': log_bytes,
    'logRate': summary(log_rate),
    'execRate': summary(exec_rate),
    'workerPeakMiB': max(peak for _, peak in printed) / 1024,
}))
