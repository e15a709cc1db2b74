#!/usr/bin/env python3
"""Build benchmarks against the raw engine, measured in the same run (see bench/run.sh).

B1: a trivial build (no source, one `true` per phase) through `start-build --wait`, against
    `docker run --rm IMAGE sh -c 'true;true;true;true'`.
B2: per-command overhead: (N-command build - 1-command build) / (N - 1).
B3: a command printing 200 MB: the rate at which it reaches the build log (the BUILD phase's
    duration), against `docker exec C sh -c '...' > file` on the same engine; and the worker's peak
    resident memory, which the worker reports when it ends.
B4: a LOCAL source of 10,000 files (200 MB): the DOWNLOAD_SOURCE phase, against `docker cp` of the
    same folder into a running container.
B5: a git source with 10,000 commits, served by `git daemon`: from DOWNLOAD_SOURCE's start to
    INSTALL's, in the first build (which clones the mirror) and the second (which fetches nothing),
    against `git clone` of the same repository; and the first build of it as a local path, against
    `git clone --no-local`.
Prints one JSON object.
"""
import atexit
import json
import os
import re
import shutil
import socket
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
atexit.register(shutil.rmtree, data, True)


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
# Its spread: the runs' extremes against each other.
per_command_range = ((min(many) - max(one)) / (commands - 1), (max(many) - min(one)) / (commands - 1))

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
# B4: a LOCAL source folder of many files, against `docker cp` of the same folder.
local_files = 1000 if quick else 10000
local_bytes = (10 if quick else 200) * 1000 * 1000
folder = os.path.join(data, 'local-source')
for i in range(local_files):
    directory = os.path.join(folder, f'dir{i % 100:02d}')
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, f'file{i}.bin'), 'wb') as out:
        out.write(os.urandom(local_bytes // local_files))
with open(os.path.join(folder, 'buildspec.yml'), 'w') as out:
    out.write('version: 0.2\nphases:\n  build:\n    commands:\n      - test -f dir00/file0.bin\n')
subprocess.run([cli, 'create-project', '--cli-input-json', json.dumps({
    'name': 'localsource', 'source': {'type': 'LOCAL', 'location': folder}, 'artifacts': {'type': 'NO_ARTIFACTS'},
    'environment': {'type': 'LINUX_CONTAINER', 'image': image, 'computeType': 'BUILD_GENERAL1_SMALL'}})],
    env=env, check=True, stdout=subprocess.DEVNULL)


def local_source_seconds():
    out = subprocess.run([cli, 'start-build', '--project-name', 'localsource', '--wait'], env=env, check=True,
                         capture_output=True).stdout
    return phase_seconds(json.loads(out)['build']['id'], 'DOWNLOAD_SOURCE')


local_runs = [local_source_seconds() for _ in range(runs)]
container = subprocess.run([docker, 'run', '-d', '--rm', image, 'sleep', '600'], check=True,
                           capture_output=True, text=True).stdout.strip()
try:
    copy_runs = []
    for i in range(runs):
        copy_runs.append(timed([docker, 'cp', folder, f'{container}:/copy{i}']))
finally:
    subprocess.run([docker, 'rm', '-f', container], stdout=subprocess.DEVNULL, check=False)

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
# Served by `git daemon` on the loopback, as a remote repository is; and, apart, as a local path.
with socket.socket() as probe:
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
daemon = subprocess.Popen(['git', 'daemon', '--export-all', '--reuseaddr', '--listen=127.0.0.1', f'--port={port}',
                           f'--base-path={data}', data], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
served = f'git://127.0.0.1:{port}/big-repo'
for _ in range(100):
    if subprocess.run(['git', 'ls-remote', served], capture_output=True).returncode == 0:
        break
    time.sleep(0.1)


def git_project(name, location):
    subprocess.run([cli, 'create-project', '--cli-input-json', json.dumps({
        'name': name,
        'source': {'type': 'GITHUB', 'location': location,
                   'buildspec': 'version: 0.2\nphases:\n  install:\n    commands:\n      - "true"\n'},
        'artifacts': {'type': 'NO_ARTIFACTS'},
        'environment': {'type': 'LINUX_CONTAINER', 'image': image, 'computeType': 'BUILD_GENERAL1_SMALL'},
    })], env=env, check=True, stdout=subprocess.DEVNULL)


def source_seconds(name):
    """A build of the repository: seconds from DOWNLOAD_SOURCE's start to INSTALL's, and its log."""
    out = subprocess.run([cli, 'start-build', '--project-name', name, '--wait'], env=env, check=True,
                         capture_output=True).stdout
    record = json.loads(out)['build']
    phases = {p['phaseType']: p for p in record['phases']}
    log = subprocess.run([cli, 'logs', '--id', record['id']], env=env, check=True, capture_output=True, text=True).stdout
    return phases['INSTALL']['startTime'] - phases['DOWNLOAD_SOURCE']['startTime'], log


def git_builds(name, location):
    """First builds (each after the project's git mirror is forgotten) and second builds."""
    git_project(name, location)
    firsts, seconds = [], []
    for _ in range(runs):
        subprocess.run([cli, 'invalidate-project-cache', '--project-name', name], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        first, first_log = source_seconds(name)
        second, second_log = source_seconds(name)
        assert 'Cloning' in first_log and 'Fetching what is new' in second_log, 'the second build did not reuse the mirror'
        assert 'Receiving objects' not in second_log, 'the second build fetched objects'
        firsts.append(first)
        seconds.append(second)
    return firsts, seconds


try:
    first_sources, second_sources = git_builds('gitserved', served)
    clone_runs = [timed(['git', 'clone', '-q', served, os.path.join(data, f'clone{i}')]) for i in range(runs)]
finally:
    daemon.terminate()
    daemon.wait()
local_firsts, _ = git_builds('gitlocal', repository)
local_clones = [timed(['git', 'clone', '-q', '--no-local', repository, os.path.join(data, f'local-clone{i}')])
                for i in range(runs)]

print(json.dumps({
    'localFiles': local_files,
    'localBytes': local_bytes,
    'localSource': summary(local_runs),
    'dockerCp': summary(copy_runs),
    'gitCommits': git_commits,
    'gitFirstSource': summary(first_sources),
    'gitSecondSource': summary(second_sources),
    'gitClone': summary(clone_runs),
    'gitLocalFirstSource': summary(local_firsts),
    'gitLocalClone': summary(local_clones),
    'trivial': summary(trivial),
    'dockerRun': summary(baseline),
    'oneCommand': summary(one),
    'manyCommands': summary(many),
    'commands': commands,
    'perCommandMs': per_command * 1000,
    'perCommandRangeMs': [seconds * 1000 for seconds in per_command_range],
    'logBytes': log_bytes,
    'logRate': summary(log_rate),
    'execRate': summary(exec_rate),
    'workerPeakMiB': max(peak for _, peak in printed) / 1024,
}))
